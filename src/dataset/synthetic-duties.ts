/**
 * Synthetic duties for benchmark towns: a few hundred per town, grouped under parent duties, with
 * Chinese and English titles from a township government's vocabulary, owned by that town's offices
 * and posts, with a controlled share of overlaps (two LEAD owners) and blanks (no owner at all).
 * Deterministic: the same town, seed and options give the same duties.
 */

type PlainRecord = Record<string, unknown>;

/** A field of work (the parent duty) and the matters under it (zh, en). */
interface Area {
  zh: string;
  en: string;
  matters: readonly (readonly [string, string])[];
}

const AREAS: readonly Area[] = [
  { zh: '农业农村', en: 'agriculture and rural affairs', matters: [['农田水利', 'farmland irrigation'], ['动物防疫', 'animal epidemic prevention'], ['农产品质量安全', 'farm product quality and safety'], ['土地承包经营权流转', 'transfer of contracted land']] },
  { zh: '国土资源', en: 'land and resources', matters: [['宅基地', 'rural homestead land'], ['耕地保护', 'farmland protection'], ['矿产资源', 'mineral resources'], ['违法用地', 'illegal land use']] },
  { zh: '村镇建设', en: 'town and village construction', matters: [['村庄规划', 'village planning'], ['农房建设', 'rural housing construction'], ['市政设施', 'municipal facilities'], ['道路养护', 'road maintenance']] },
  { zh: '安全生产', en: 'work safety', matters: [['危险化学品', 'hazardous chemicals'], ['消防安全', 'fire safety'], ['建筑施工安全', 'construction site safety'], ['特种设备', 'special equipment']] },
  { zh: '社会治安综合治理', en: 'comprehensive public security management', matters: [['矛盾纠纷调解', 'dispute mediation'], ['流动人口', 'migrant population'], ['社区矫正', 'community corrections'], ['禁毒', 'drug control']] },
  { zh: '信访', en: 'petitions', matters: [['来信来访', 'letters and visits'], ['信访积案', 'backlog petition cases'], ['网上信访', 'online petitions']] },
  { zh: '民政', en: 'civil affairs', matters: [['最低生活保障', 'minimum living allowance'], ['殡葬管理', 'funeral management'], ['优抚安置', 'veterans and dependants'], ['养老服务', 'elderly care services']] },
  { zh: '劳动和社会保障', en: 'labour and social security', matters: [['城乡居民养老保险', 'resident pension insurance'], ['就业援助', 'employment assistance'], ['劳动争议', 'labour disputes'], ['农民工工资', 'migrant worker wages']] },
  { zh: '卫生健康', en: 'health', matters: [['公共卫生', 'public health'], ['爱国卫生运动', 'patriotic health campaign'], ['传染病防控', 'infectious disease control'], ['新型农村合作医疗', 'rural cooperative medical scheme']] },
  { zh: '计划生育', en: 'family planning', matters: [['生育登记', 'birth registration'], ['计生奖励扶助', 'family planning incentives'], ['流动人口计生服务', 'family planning for migrants']] },
  { zh: '教育文化', en: 'education and culture', matters: [['义务教育', 'compulsory education'], ['文化站', 'cultural stations'], ['全民健身', 'public fitness'], ['文物保护', 'cultural relics protection']] },
  { zh: '环境保护', en: 'environmental protection', matters: [['河道保洁', 'river cleaning'], ['垃圾分类', 'waste sorting'], ['污染源', 'pollution sources'], ['秸秆禁烧', 'straw burning ban']] },
  { zh: '防汛防台', en: 'flood and typhoon control', matters: [['防汛物资', 'flood control supplies'], ['山塘水库', 'ponds and reservoirs'], ['地质灾害', 'geological hazards']] },
  { zh: '财政财务', en: 'public finance', matters: [['预算', 'budgets'], ['村级财务', 'village finances'], ['政府采购', 'government procurement'], ['集体资产', 'collective assets']] },
  { zh: '经济发展', en: 'economic development', matters: [['招商引资', 'investment promotion'], ['企业服务', 'services to enterprises'], ['统计调查', 'statistical surveys'], ['个体工商户', 'self-employed businesses']] },
  { zh: '党的建设', en: 'party building', matters: [['党员发展', 'recruitment of party members'], ['基层党组织', 'grassroots party organisations'], ['党风廉政', 'clean government'], ['干部培训', 'cadre training']] },
  { zh: '宣传统战', en: 'publicity and united front', matters: [['新闻宣传', 'news publicity'], ['民族宗教', 'ethnic and religious affairs'], ['侨务', 'overseas Chinese affairs']] },
  { zh: '人民武装', en: 'people\'s armed forces', matters: [['征兵', 'conscription'], ['民兵', 'militia'], ['国防教育', 'national defence education']] },
  { zh: '行政事务', en: 'administrative affairs', matters: [['档案', 'archives'], ['公文处理', 'official documents'], ['政务公开', 'open government'], ['人大代表联络', 'liaison with people\'s congress deputies']] },
  { zh: '村务管理', en: 'village affairs', matters: [['村务公开', 'open village affairs'], ['村委会选举', 'village committee elections'], ['一事一议', 'case-by-case village projects'], ['村规民约', 'village rules']] },
];

/** What is done about a matter: zh suffix, English lead word(s). */
const ACTIONS: readonly (readonly [string, string])[] = [
  ['审批', 'Approval of'],
  ['监督检查', 'Inspection of'],
  ['日常管理', 'Day-to-day management of'],
  ['统计上报', 'Statistics and reporting on'],
  ['宣传教育', 'Publicity and education on'],
  ['台账登记', 'Registers of'],
  ['隐患排查', 'Risk screening of'],
  ['考核', 'Assessment of'],
  ['政策落实', 'Implementation of policy on'],
  ['应急处置', 'Emergency response for'],
  ['协调服务', 'Coordination of'],
  ['资金发放', 'Payments for'],
];

const CATEGORIES = ['BASIC', 'BASIC', 'BASIC', 'BASIC', 'BASIC', 'BASIC', 'ASSISTING', 'ASSISTING', 'HIGHER_LEVEL'] as const;

export interface SyntheticDutyOptions {
  /** Duties per township, parents included. */
  duties: number;
  /** Share of the child duties with two different LEAD owners (0–1). */
  overlapShare: number;
  /** Share of the child duties with no owner at all (0–1). */
  blankShare: number;
  seed: number;
}

/** A small, fast, well-mixed 32-bit PRNG (mulberry32): the same seed gives the same numbers everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one town: a town's duties do not depend on how many towns are generated. */
export function townSeed(seed: number, town: number): number {
  let hash = 2166136261 ^ seed;
  for (const value of [town, seed >>> 16]) {
    hash = Math.imul(hash ^ value, 16777619) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995) >>> 0;
  }
  return hash >>> 0;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function isOpen(record: PlainRecord): boolean {
  return record.to === undefined || record.to === null;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

interface Owner {
  id: string;
  from: string;
}

/** Offices of the township and leadership or middle posts IN it or one of them, all still existing. */
function ownerPools(copy: PlainRecord, township: string): { offices: Owner[]; posts: Owner[] } {
  const offices = ((copy.offices as PlainRecord[] | undefined) ?? []).filter((office) => office.township === township && isOpen(office));
  const units = new Set([township, ...offices.map((office) => String(office.id))]);
  const posts = ((copy.posts as PlainRecord[] | undefined) ?? []).filter(
    (post) =>
      isOpen(post) &&
      (post.level === 'LEADERSHIP' || post.level === 'MIDDLE') &&
      ((post.units as PlainRecord[] | undefined) ?? []).some((link) => units.has(String(link.unit)) && isOpen(link)),
  );
  const owner = (record: PlainRecord): Owner => ({ id: String(record.id), from: String(record.from ?? '2000-01-01') });
  return { offices: offices.map(owner), posts: posts.map(owner) };
}

/**
 * The synthetic duties of one township of a (prefixed) copy. `idPrefix` is the copy's id prefix,
 * so ids read `t0042.duty:gen.p03` (a parent) and `t0042.duty:gen.p03.017` (a duty under it).
 * Returns [] when the township has no office to own duties.
 */
export function syntheticDuties(copy: PlainRecord, township: string, idPrefix: string, options: SyntheticDutyOptions): PlainRecord[] {
  const { offices, posts } = ownerPools(copy, township);
  if (offices.length === 0 || options.duties < 1) return [];
  const random = seededRandom(options.seed);
  const document = ((copy.documents as PlainRecord[] | undefined) ?? []).find((candidate) => candidate.township === township);
  const owners = [...offices, ...posts];

  const parentCount = Math.min(AREAS.length, Math.max(1, Math.round(options.duties / 12)));
  const areas = shuffled(AREAS, random).slice(0, parentCount);
  const combinations = shuffled(
    areas.flatMap((area, areaIndex) => area.matters.flatMap((matter) => ACTIONS.map((action) => ({ areaIndex, matter, action })))),
    random,
  ).slice(0, Math.max(0, options.duties - parentCount));
  const overlaps = Math.round(options.overlapShare * combinations.length);
  const blanks = Math.min(combinations.length - overlaps, Math.round(options.blankShare * combinations.length));
  // Which children overlap and which are blank: the first `overlaps` then the next `blanks` of a shuffled order.
  const kinds = new Map<number, 'OVERLAP' | 'BLANK'>();
  shuffled(combinations.map((_, index) => index), random).forEach((index, position) => {
    if (position < overlaps) kinds.set(index, 'OVERLAP');
    else if (position < overlaps + blanks) kinds.set(index, 'BLANK');
  });

  const clause = () => `第${1 + Math.floor(random() * 30)}条`;
  const parentIds = areas.map((_, index) => `${idPrefix}duty:gen.p${String(index + 1).padStart(2, '0')}`);
  const parents: PlainRecord[] = areas.map((area, index) => {
    const lead = pick(offices, random);
    return {
      id: parentIds[index],
      title: `${area.zh}工作`,
      titleEn: `${area.en[0]?.toUpperCase()}${area.en.slice(1)}`,
      category: 'BASIC',
      keywords: [area.zh, area.en],
      township,
      ...(document ? { basis: { document: document.id, clause: clause() } } : {}),
      owners: [{ owner: lead.id, role: 'LEAD', from: lead.from }],
    };
  });

  const counters = new Map<number, number>();
  const children: PlainRecord[] = combinations.map(({ areaIndex, matter, action }, index) => {
    const serial = (counters.get(areaIndex) ?? 0) + 1;
    counters.set(areaIndex, serial);
    const kind = kinds.get(index);
    const leadPool = random() < 0.6 ? offices : posts.length > 0 ? posts : offices;
    const lead = pick(leadPool, random);
    const duty: PlainRecord = {
      id: `${parentIds[areaIndex]}.${String(serial).padStart(3, '0')}`,
      title: `${matter[0]}${action[0]}`,
      titleEn: `${action[1]} ${matter[1]}`,
      category: pick(CATEGORIES, random),
      keywords: [matter[0], matter[1]],
      township,
      parent: parentIds[areaIndex],
    };
    if (document && random() < 0.5) duty.basis = { document: document.id, clause: clause() };
    if (kind === 'BLANK') return duty;
    const chosen: { owner: Owner; role: 'LEAD' | 'ASSIST' }[] = [{ owner: lead, role: 'LEAD' }];
    const others = owners.filter((owner) => owner.id !== lead.id);
    if (kind === 'OVERLAP' && others.length > 0) chosen.push({ owner: pick(others, random), role: 'LEAD' });
    const assists = Math.floor(random() * 3);
    for (const assist of shuffled(others, random).slice(0, assists)) {
      if (!chosen.some((entry) => entry.owner.id === assist.id)) chosen.push({ owner: assist, role: 'ASSIST' });
    }
    // Responsible since the later of the owner's own start and the reform (the sample's offices start then).
    duty.owners = chosen.map(({ owner, role }) => ({ owner: owner.id, role, from: later(owner.from, '2008-09-01') }));
    return duty;
  });
  return [...parents, ...children];
}
