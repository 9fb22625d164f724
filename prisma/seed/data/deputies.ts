// Deputies of the provincial people's congress, by delegation, with generated but plausible names.
import type { Rng } from "../prng";

export interface DeputySeed {
  /** 1-based, stable: the demo login of a deputy is dep-0001 … */
  index: number;
  name: string;
  delegation: string;
  code: string;
}

/** Delegations with a weight roughly following their size. */
export const DELEGATIONS: { name: string; weight: number; city?: string }[] = [
  { name: "长春代表团", weight: 14, city: "长春市" },
  { name: "吉林代表团", weight: 9, city: "吉林市" },
  { name: "四平代表团", weight: 6, city: "四平市" },
  { name: "辽源代表团", weight: 3, city: "辽源市" },
  { name: "通化代表团", weight: 5, city: "通化市" },
  { name: "白山代表团", weight: 4, city: "白山市" },
  { name: "松原代表团", weight: 5, city: "松原市" },
  { name: "白城代表团", weight: 4, city: "白城市" },
  { name: "延边代表团", weight: 6, city: "延边州" },
  { name: "长白山代表团", weight: 1, city: "长白山保护开发区" },
  { name: "梅河口代表团", weight: 1, city: "梅河口市" },
  { name: "解放军代表团", weight: 2 },
];

const SURNAMES =
  "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤关佟那".split(
    "",
  );
const GIVEN_MALE =
  "伟 强 磊 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 飞 鑫 波 宇 浩 凯 健 俊 帆 帅 旭 宁 龙 林 洋 志强 建国 国庆 海涛 振华 立新 永刚 文博 宏伟 晓东 春雨 德胜 长青 继东 树林 玉林 忠良 庆丰 宝山 兴旺".split(
    " ",
  );
const GIVEN_FEMALE =
  "芳 娜 敏 静 丽 艳 娟 霞 燕 玲 婷 雪 琳 颖 倩 红 梅 莉 萍 慧 淑芬 秀英 桂兰 玉梅 丽华 春燕 晓红 海燕 雅琴 亚楠 佳怡 思雨 淑华 凤霞 丽娟".split(
    " ",
  );
const KOREAN_SURNAMES = ["金", "朴", "崔", "李", "郑", "姜", "韩", "全", "玄", "池"];
const KOREAN_GIVEN = ["英姬", "成浩", "明哲", "顺姬", "京花", "光日", "永哲", "春花", "昌洙", "贞淑", "东植", "美兰", "正浩", "善玉"];

export const deputyCode = (index: number) => `DB${String(index).padStart(4, "0")}`;

/** The deputy behind the demo login "deputy". */
export const DEMO_DEPUTY: DeputySeed = { index: 1, name: "王丽华", delegation: "长春代表团", code: deputyCode(1) };

export const placeOf = (delegation: string) => DELEGATIONS.find((d) => d.name === delegation)?.city ?? null;

function weightedDelegation(rng: Rng): string {
  const total = DELEGATIONS.reduce((s, d) => s + d.weight, 0);
  let roll = rng.next() * total;
  for (const d of DELEGATIONS) {
    roll -= d.weight;
    if (roll < 0) return d.name;
  }
  return DELEGATIONS[0]!.name; // rounding left the roll at the very end: the first, as before
}

/** `count` deputies with distinct names, numbered from `firstIndex`; the same list for the same seed. */
export function generateDeputies(rng: Rng, count: number, firstIndex = 1, reserved: string[] = []): DeputySeed[] {
  const used = new Set(reserved);
  const out: DeputySeed[] = [];
  while (out.length < count) {
    const delegation = weightedDelegation(rng);
    let name: string;
    if (delegation === "延边代表团" && rng.chance(0.6)) {
      name = rng.pick(KOREAN_SURNAMES) + rng.pick(KOREAN_GIVEN);
    } else {
      name = rng.pick(SURNAMES) + rng.pick(rng.chance(0.55) ? GIVEN_MALE : GIVEN_FEMALE);
    }
    if (used.has(name)) continue;
    used.add(name);
    const index = firstIndex + out.length;
    out.push({ index, name, delegation, code: deputyCode(index) });
  }
  return out;
}

/** Plausible names for unit staff accounts (经办人 / 负责人). */
export function personName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = rng.pick(SURNAMES) + rng.pick(rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE);
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}
