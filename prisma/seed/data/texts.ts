// Text builders for the acts of the demo: suggestion content, communication notes, co-handling opinions,
// replies (by category), feedback, follow-ups, supervision. All deterministic given the Rng.
import type { Rng } from "../prng";
import type { Topic } from "./topics";

export type CategoryCode = "A" | "B" | "C" | "D";
export type MethodCode = "FACE_TO_FACE" | "PHONE" | "WECHAT" | "VIDEO" | "VISIT" | "MEETING";

const ORDINALS = ["一", "二", "三", "四", "五"];

const OPENINGS = [
  "在基层调研中了解到，",
  "近年来，",
  "据调研，",
  "通过走访企业和群众了解到，",
  "从我所在地区的情况看，",
  "当前，",
  "群众反映，",
];

const EXTRA_MEASURES = [
  "加强对政策落实情况的跟踪问效，定期向社会公布进展",
  "加大财政资金投入并统筹用好中央和省级专项资金",
  "建立部门协同推进机制，明确责任分工和时间节点",
  "总结推广先进地区的典型经验和做法",
  "加强宣传引导，营造全社会共同参与的良好氛围",
];

const CLOSINGS = [
  "以上建议，请予研究。",
  "建议有关部门高度重视，认真研究落实。",
  "恳请省政府及有关部门予以支持。",
  "望有关部门统筹研究、尽快推动解决。",
];

export function suggestionContent(rng: Rng, topic: Topic, place: string | null): string {
  const measures = [...topic.measures];
  if (rng.chance(0.4)) measures.push(rng.pick(EXTRA_MEASURES));
  const opening = place && rng.chance(0.5) ? `从${place}的情况看，` : rng.pick(OPENINGS);
  const lines = [
    `${opening}${topic.background}。这一问题关系群众切身利益和全省经济社会发展大局，亟需加以重视。`,
    "为此建议：",
    ...measures.map((m, i) => `${ORDINALS[i]}是${m}。`),
    rng.pick(CLOSINGS),
  ];
  return lines.join("\n");
}

export const METHODS: MethodCode[] = ["FACE_TO_FACE", "PHONE", "WECHAT", "VIDEO", "VISIT", "MEETING"];
const METHOD_WORDS: Record<MethodCode, string> = {
  FACE_TO_FACE: "当面",
  PHONE: "电话",
  WECHAT: "微信",
  VIDEO: "视频连线",
  VISIT: "上门走访",
  MEETING: "座谈会",
};

export function pickMethod(rng: Rng, year2022: boolean): MethodCode {
  // 2022: the epidemic pushed most contact to phone, WeChat and video, as the report says.
  const weights: [MethodCode, number][] = year2022
    ? [
        ["PHONE", 4],
        ["WECHAT", 3],
        ["VIDEO", 2],
        ["FACE_TO_FACE", 1],
        ["MEETING", 1],
        ["VISIT", 1],
      ]
    : [
        ["FACE_TO_FACE", 3],
        ["PHONE", 3],
        ["WECHAT", 2],
        ["VISIT", 2],
        ["MEETING", 1],
        ["VIDEO", 1],
      ];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let roll = rng.next() * total;
  for (const [m, w] of weights) {
    roll -= w;
    if (roll < 0) return m;
  }
  return "PHONE";
}

export function communicationSummary(rng: Rng, method: MethodCode, deputy: string, unit: string, topic: Topic, round = 1): string {
  const how = METHOD_WORDS[method];
  if (round > 1) {
    return `${unit}通过${how}方式与${deputy}代表再次沟通，听取代表对首次答复的具体意见，逐条说明改进措施和时间安排，代表表示理解并提出了进一步意见。`;
  }
  const variants = [
    `${unit}通过${how}方式与${deputy}代表沟通，详细了解建议提出的背景和具体诉求，介绍了我单位在${topic.measures[0].slice(0, 12)}等方面的工作安排，代表对办理思路表示认可。`,
    `承办处室负责同志与${deputy}代表${how}交流，就建议中提出的问题逐条交换意见，并邀请代表参与下一步调研，代表表示满意。`,
    `${unit}分管负责同志与${deputy}代表${how}沟通，通报建议办理进展，征求代表对答复意见初稿的意见，代表提出的补充意见已吸收。`,
    `通过${how}方式与${deputy}代表沟通办理意见，代表重点关注${topic.phrase}的落实时限，我单位作了说明。`,
  ];
  return rng.pick(variants);
}

export function opinionText(rng: Rng, coUnit: string, leadUnit: string, topic: Topic): string {
  const measure = rng.pick(topic.measures);
  return rng.pick([
    `关于“${topic.phrase}”的建议，${coUnit}提出会办意见如下：我单位将积极配合${leadUnit}做好相关工作，重点在${measure}方面给予支持，并将职责范围内的办理情况及时反馈主办单位。`,
    `${coUnit}会办意见：该建议涉及我单位职责的部分，我们将结合年度工作安排，${measure}，相关政策措施已与${leadUnit}沟通一致。`,
    `经研究，${coUnit}同意${leadUnit}的办理意见。我单位职责范围内将着力${measure}，请主办单位在答复中统筹吸收。`,
  ]);
}

const CATEGORY_BODY: Record<CategoryCode, string[]> = {
  A: ["经认真研究，您所提建议已采纳，相关问题已基本解决。", "目前，您建议中提出的问题已得到解决或基本解决，相关措施已落实到位。"],
  B: [
    "您所提建议中的部分措施正在推进，其余已列入下一步工作计划，我们将按计划逐步解决。",
    "目前相关工作正在加快推进，我们已将您的建议列入年度工作计划，确保按期落实。",
  ],
  C: ["受国家政策和现阶段财力等条件限制，您所提建议目前尚不具备全面实施的条件。我们将积极争取国家支持，待条件成熟后逐步推进。"],
  D: ["您所提建议对我们改进工作具有重要参考价值，我们将在制定相关规划和政策时予以充分研究吸收。"],
};

export function replyText(
  rng: Rng,
  args: { deputy: string; title: string; unit: string; topic: Topic; category: CategoryCode; coUnits: string[]; revised?: boolean },
): string {
  const { topic } = args;
  const done = args.category === "A" ? "已" : "正在";
  // The body only: the letter prints the salutation, the 收悉/现答复如下 opening and the thanks itself.
  const lines = [
    `${args.coUnits.length ? `我单位会同${args.coUnits.join("、")}认真研究办理` : "我单位高度重视，认真研究办理"}，并与您进行了沟通。`,
    `一、基本情况。${topic.background}，您的建议切中问题要害，具有很强的针对性。`,
    `二、主要措施。一是${done}${topic.measures[0]}；二是${done}${topic.measures[1]}；三是${args.category === "A" ? "已" : "将"}${topic.measures[2]}。`,
    `三、办理结果。${rng.pick(CATEGORY_BODY[args.category])}`,
  ];
  if (args.revised) lines.push("四、下一步工作。我们将细化时间表和路线图，定期向您通报进展情况。");
  return lines.join("\n");
}

export function publicSummary(args: { unit: string; topic: Topic; category: CategoryCode }): string {
  const { topic } = args;
  switch (args.category) {
    case "A":
      return `${args.unit}已${topic.measures[0]}，并${topic.measures[1]}，建议所提问题已基本解决。`;
    case "B":
      return `${args.unit}正在${topic.measures[0]}，并将${topic.measures[1]}列入工作计划逐步推进。`;
    case "C":
      return `${args.unit}将积极争取国家政策支持，待条件成熟后推进${topic.measures[0]}。`;
    default:
      return `${args.unit}将在制定相关规划和政策时参考吸收该建议。`;
  }
}

export function commitmentTexts(topic: Topic, category: CategoryCode): string[] {
  if (category === "B") return [topic.measures[1], topic.measures[2]];
  if (category === "C") return [`积极争取国家支持，待条件成熟后${topic.measures[0]}`];
  return [];
}

export function returnComment(rng: Rng): string {
  return rng.pick([
    "答复内容对代表所提第二条建议回应不够具体，请补充具体措施和完成时限。",
    "请进一步核实相关数据，并补充与会办单位的协商情况。",
    "承诺事项的完成时间不够明确，请细化后重新提交。",
    "答复语言偏于原则，请结合今年实际工作成果修改完善。",
  ]);
}

export function feedbackComment(rng: Rng, rating: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED"): string | undefined {
  if (rating === "SATISFIED") {
    return rng.pick([
      "承办单位沟通及时、答复具体，对办理结果满意。",
      "答复针对性强，措施实在，希望持续抓好落实。",
      "办理态度认真，多次与我沟通，表示满意。",
      undefined,
      "对办理工作表示满意，期待看到更多实际成效。",
    ]);
  }
  if (rating === "BASICALLY_SATISFIED") {
    return rng.pick([
      "答复基本回应了建议内容，希望加快推进进度。",
      "办理态度较好，但部分措施尚待落实，请继续跟踪。",
      "基本满意，建议进一步加大资金支持力度。",
    ]);
  }
  return rng.pick([
    "答复内容与建议所提问题对应不够，未提出具体解决措施，请重新办理。",
    "答复只介绍了原有工作情况，对今年如何解决没有具体安排，不满意。",
  ]);
}

export function followUpText(commitment: string, completed: boolean): string {
  return completed
    ? `承诺事项“${commitment}”已按计划完成，相关成果已向代表通报。`
    : `承诺事项“${commitment}”正在推进，已完成阶段性任务，预计按期完成。`;
}

export function reclassifyEvidence(topic: Topic): string {
  return `经跟踪落实，${topic.measures[1]}等承诺事项已全部完成，建议所提问题已基本解决，申请将办理结果调整为A类。`;
}

export function supervisionText(rng: Rng, title: string): string {
  return rng.pick([
    `《${title}》已超过办理期限仍未答复，请抓紧与代表沟通，尽快完成答复并报送办理情况。`,
    `《${title}》办理进度滞后，请主要负责同志亲自过问，于督办期限前报送办理进展。`,
  ]);
}

export function instructionText(title: string): string {
  return `此件建议事关全省发展大局，列为重点建议由我领办。请承办单位深入调研、拿出务实管用的措施，办理情况及时报我。（《${title}》）`;
}

export function reassignmentReason(leadUnit: string, target: string): string {
  return `经研究，该建议所提事项主要属于${target}职责范围，${leadUnit}难以作为主办单位推动落实，申请调整主办单位。`;
}

export function extensionReason(): string {
  return "该建议涉及多个部门和市县，需开展专题调研并会商相关政策，情况较为复杂，申请延期答复，已与代表沟通并取得同意。";
}

export function mergeNote(topic: Topic): string {
  return `以上建议均涉及“${topic.phrase}”，内容相近，并案交由同一主办单位统筹办理，分别答复代表。`;
}
