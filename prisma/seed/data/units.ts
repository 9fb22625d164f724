// The handling units of the 2022 report: 46 provincial departments (units) and 7 city/prefecture governments.
export interface UnitSeed {
  code: string;
  name: string;
  kind: "DEPARTMENT" | "CITY";
  /** Other names an import file may use: the official full name, with and without the province. */
  aliases: string[];
}

const departmentNames = [
  "省发改委", // D01
  "省教育厅", // D02
  "省科技厅", // D03
  "省工信厅", // D04
  "省民委", // D05
  "省公安厅", // D06
  "省民政厅", // D07
  "省司法厅", // D08
  "省财政厅", // D09
  "省人社厅", // D10
  "省自然资源厅", // D11
  "省生态环境厅", // D12
  "省住建厅", // D13
  "省交通运输厅", // D14
  "省水利厅", // D15
  "省农业农村厅", // D16
  "省商务厅", // D17
  "省文旅厅", // D18
  "省卫健委", // D19
  "省退役军人事务厅", // D20
  "省应急厅", // D21
  "省审计厅", // D22
  "省外办", // D23
  "省国资委", // D24
  "省市场监管厅", // D25
  "省广电局", // D26
  "省体育局", // D27
  "省统计局", // D28
  "省医保局", // D29
  "省林草局", // D30
  "省乡村振兴局", // D31
  "省政务服务和数字化建设管理局", // D32
  "省能源局", // D33
  "省粮食和物资储备局", // D34
  "省畜牧业管理局", // D35
  "省地方金融监管局", // D36
  "省机关事务管理局", // D37
  "省信访局", // D38
  "省药监局", // D39
  "省中医药局", // D40
  "省税务局", // D41
  "省消防救援总队", // D42
  "省通信管理局", // D43
  "省气象局", // D44
  "省人防办", // D45
  "省供销社", // D46
] as const;

const cityNames = ["长春市", "吉林市", "四平市", "通化市", "白山市", "松原市", "白城市"] as const;

/** Official full names of the units written by their short names above (an import matches either). */
const FULL_NAMES: Record<string, string[]> = {
  省发改委: ["省发展和改革委员会", "省发展改革委"],
  省科技厅: ["省科学技术厅"],
  省工信厅: ["省工业和信息化厅"],
  省民委: ["省民族事务委员会"],
  省人社厅: ["省人力资源和社会保障厅"],
  省住建厅: ["省住房和城乡建设厅"],
  省文旅厅: ["省文化和旅游厅"],
  省卫健委: ["省卫生健康委员会", "省卫生健康委"],
  省应急厅: ["省应急管理厅"],
  省外办: ["省人民政府外事办公室", "省外事办公室"],
  省国资委: ["省人民政府国有资产监督管理委员会", "省国有资产监督管理委员会"],
  省市场监管厅: ["省市场监督管理厅"],
  省广电局: ["省广播电视局"],
  省医保局: ["省医疗保障局"],
  省林草局: ["省林业和草原局"],
  省地方金融监管局: ["省地方金融监督管理局"],
  省药监局: ["省药品监督管理局"],
  省中医药局: ["省中医药管理局"],
  省税务局: ["国家税务总局吉林省税务局"],
  省人防办: ["省人民防空办公室"],
  省供销社: ["省供销合作社联合社"],
};

/** "省…" names also appear with the province spelled out: 吉林省文化和旅游厅. */
const withProvince = (names: string[]) => [...new Set(names.flatMap((n) => (n.startsWith("省") ? [n, `吉林${n}`] : [n])))];

export const DEPARTMENTS: UnitSeed[] = departmentNames.map((name, i) => ({
  code: `D${String(i + 1).padStart(2, "0")}`,
  name,
  kind: "DEPARTMENT",
  aliases: withProvince([name, ...(FULL_NAMES[name] ?? [])]).filter((alias) => alias !== name),
}));

export const CITIES: UnitSeed[] = cityNames.map((name, i) => ({
  code: `C${String(i + 1).padStart(2, "0")}`,
  name,
  kind: "CITY",
  aliases: [`${name}人民政府`, `吉林省${name}`, `吉林省${name}人民政府`],
}));

export const UNITS: UnitSeed[] = [...DEPARTMENTS, ...CITIES];

/** Unit code by its short name, for the topic tables. */
export const unitCode = (name: string): string => {
  const unit = UNITS.find((u) => u.name === name);
  if (!unit) throw new Error(`unknown unit ${name}`);
  return unit.code;
};

/** The unit that owns the fixed demo accounts "edu" / "edu-leader". */
export const DEMO_UNIT_CODE = "D02"; // 省教育厅
