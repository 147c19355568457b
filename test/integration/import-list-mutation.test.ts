import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { RunningApp, startApp } from '../../src/app';
import { signToken } from '../../src/auth/tokens';
import { canonicalDataset, graphToDataset } from '../../src/dataset/from-graph';
import { MAX_WORKBOOK_BYTES } from '../../src/dataset/list/list-upload';
import { MAX_UNZIPPED_BYTES } from '../../src/dataset/list/unzipped-size';
import { zipOf } from '../helpers/zip-of';
import { DatasetRepository } from '../../src/repositories/dataset.repository';
import { importFixtureTown, FixtureTown } from '../helpers/fixture-town';
import { TestGraphQL } from '../helpers/graphql';
import { SAMPLE, SAMPLE_LIST, sampleWithoutListFields, withPrefixedCodes } from '../helpers/list-workbooks';
import { openTestDatabase, testNeo4jUri, TestDatabase } from '../helpers/test-database';

/**
 * Issue 19: importList takes a town's list workbook as base64 (Apollo Server 5 takes no multipart
 * uploads), admins only; every problem with its sheet, row, column, cell and text in English and
 * Chinese; nothing written unless all is valid; a dry run writes nothing; oversize is refused.
 */
const IMPORT = `mutation($workbook: String!, $township: ID, $on: Date, $dryRun: Boolean, $fileName: String) {
  importList(workbook: $workbook, township: $township, on: $on, dryRun: $dryRun, fileName: $fileName) {
    committed on duties created updated rows township { id name } change { id mutation entities }
  } }`;

type Payload = { committed: boolean; on: string; duties: number; created: number; updated: number; rows: number; township: { id: string; name: string } | null; change: { id: string; mutation: string; entities: string[] } | null };
type Problem = { field: string; message: string; messageZh: string | null; sheet: string | null; row: number | null; column: string | null; cell: string | null; text: string | null };

describe('importList: a list workbook uploaded through the API (real Neo4j)', () => {
  let db: TestDatabase;
  let gql: TestGraphQL;
  let town: FixtureTown;
  let repository: DatasetRepository;
  let dir: string;
  let township: string;

  beforeAll(async () => {
    db = await openTestDatabase();
    gql = await TestGraphQL.create(db.executor);
    repository = new DatasetRepository(db.executor);
    town = await importFixtureTown(db, sampleWithoutListFields(), 'upload');
    township = town.id('town:lishun');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-upload-'));
  });
  afterAll(async () => {
    await town.remove();
    await gql.stop();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const dutiesOf = async () => {
    const records = await repository.exportRecords(township);
    return JSON.parse(JSON.stringify(canonicalDataset(graphToDataset(records!, { title: 'x' })).duties).split(town.prefix).join('')) as Record<string, any>[];
  };
  const base64 = (file: string) => fs.readFileSync(file).toString('base64');
  const prefixedSample = async () => {
    const file = path.join(dir, 'sample-prefixed.xlsx');
    if (!fs.existsSync(file)) await withPrefixedCodes(SAMPLE_LIST, town.prefix, file);
    return file;
  };
  const changesCount = async () => (await db.driver.executeQuery("MATCH (c:Change {mutation: 'importList'}) RETURN count(c) AS n")).records[0]!.get('n').toNumber();

  it('a dry run of the committed sample list reports what it would import and writes nothing', async () => {
    const before = await dutiesOf();
    const changes = await changesCount();
    const result = await gql.run<{ importList: Payload }>(IMPORT, { workbook: base64(await prefixedSample()), township, dryRun: true });
    expect(result.errors).toBeUndefined();
    expect(result.data!.importList).toMatchObject({ committed: false, duties: 92, created: 0, updated: 92, change: null, on: '2008-11-01', township: { id: township } });
    expect(await dutiesOf()).toEqual(before);
    expect(await changesCount()).toBe(changes);
  });

  it('imports the committed sample list, which then equals the YAML sample, with its change record', async () => {
    expect((await dutiesOf()).find((duty) => duty.id === 'duty:homestead-approval')?.legalBases).toBeUndefined();
    const result = await gql.run<{ importList: Payload }>(IMPORT, { workbook: base64(await prefixedSample()), township, fileName: 'sample-town-list.xlsx' });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.importList;
    expect(payload).toMatchObject({ committed: true, duties: 92, created: 0, updated: 92, township: { id: township, name: '里顺镇' } });
    expect(payload.rows).toBeGreaterThan(92);
    expect(payload.change?.mutation).toBe('importList');
    expect(payload.change?.entities).toHaveLength(92);
    expect(await dutiesOf()).toEqual(canonicalDataset(SAMPLE).duties);
  });

  /** A town office's sheet with a problem of each kind in it. */
  async function messyWorkbook(file: string): Promise<void> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('党政办公室');
    sheet.getCell('A1').value = '里顺镇权责清单（2008年11月1日）';
    sheet.getRow(2).values = ['序号', '事项名称', '事项类型', '责任科室', '责任岗位', '履职类型', '设定依据'];
    sheet.getRow(3).values = [1, '公文处理', '其他', '党政办公室', null, '基本履职', '《党政机关公文处理工作条例》'];
    sheet.getRow(4).values = [2, '招商项目审核', '行政审批', '招商办', null, '主要履职', null];
    sheet.getRow(5).values = [3, null, '其他', '党政办公室', null, '基本履职', null];
    sheet.getRow(6).values = [4, '会议组织', '其他', '党政办公室', '不存在的岗位', '基本履职', null];
    await workbook.xlsx.writeFile(file);
  }

  it('refuses a messy sheet with every problem, each with sheet, row, column, cell and text in English and Chinese, and writes nothing', async () => {
    const file = path.join(dir, 'messy.xlsx');
    await messyWorkbook(file);
    const before = await dutiesOf();
    const changes = await changesCount();
    const result = await gql.run<{ importList: Payload }>(IMPORT, { workbook: base64(file), township, fileName: 'messy.xlsx' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = result.errors?.[0]?.extensions?.problems as Problem[];
    const cells = problems.map((problem) => `${problem.sheet}!${problem.cell}`).sort();
    // 行政审批 is no item type, 招商办 no office, 主要履职 no 履职类型, row 5 has no item name, 不存在的岗位 no post.
    expect(cells).toEqual(expect.arrayContaining(['党政办公室!C4', '党政办公室!D4', '党政办公室!F4', '党政办公室!E6']));
    expect(problems.some((problem) => problem.row === 5 && problem.sheet === '党政办公室')).toBe(true);
    for (const problem of problems) {
      expect(problem.field).toBe('workbook');
      expect(problem.message).toMatch(/[a-z]/);
      expect(problem.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(problem.sheet).toBe('党政办公室');
      expect(problem.row).toEqual(expect.any(Number));
    }
    const office = problems.find((problem) => problem.cell === 'D4')!;
    expect(office).toMatchObject({ text: '招商办', column: expect.stringMatching(/责任科室|office/i) });
    expect(await dutiesOf()).toEqual(before);
    expect(await changesCount()).toBe(changes);
  });

  it('refuses a viewer and a staff member (FORBIDDEN) and writes nothing', async () => {
    const workbook = base64(await prefixedSample());
    for (const roles of [['viewer'], ['staff']] as const) {
      const result = await gql.run(IMPORT, { workbook, township }, { subject: 'clerk', roles: [...roles], anonymous: false });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(result.data?.importList ?? null).toBeNull();
    }
  });

  it('refuses a workbook over the size limit (PAYLOAD_TOO_LARGE), and what is not base64 or not a workbook (BAD_USER_INPUT)', async () => {
    const oversize = Buffer.alloc(MAX_WORKBOOK_BYTES + 1, 1).toString('base64');
    const large = await gql.run(IMPORT, { workbook: oversize, township });
    expect(large.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'workbook', maxBytes: MAX_WORKBOOK_BYTES });
    const notBase64 = await gql.run(IMPORT, { workbook: '这不是base64', township });
    expect(notBase64.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'workbook' });
    const notWorkbook = await gql.run(IMPORT, { workbook: Buffer.from('not a zip file').toString('base64'), township });
    expect(notWorkbook.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((notWorkbook.errors?.[0]?.extensions?.problems as Problem[])[0]?.messageZh).toContain('无法读取工作簿');
  });

  it('refuses a zip bomb (a small workbook that unzips past the ceiling) with PAYLOAD_TOO_LARGE before reading it', async () => {
    const bomb = zipOf('xl/worksheets/sheet1.xml', Buffer.alloc(MAX_UNZIPPED_BYTES + 1024, 0x20), 8, 1000);
    expect(bomb.length).toBeLessThan(MAX_WORKBOOK_BYTES);
    const result = await gql.run(IMPORT, { workbook: bomb.toString('base64'), township });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'workbook', measured: 'unzipped', maxBytes: MAX_UNZIPPED_BYTES });
    expect(result.data?.importList ?? null).toBeNull();
  });

  describe('over HTTP: the body limit', () => {
    const SECRET = 'upload-test-secret-that-is-long-enough-0123';
    let app: RunningApp;
    beforeAll(async () => {
      app = await startApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'production', JWT_SECRET: SECRET }), testNeo4jUri(), createLogger('silent'));
    });
    afterAll(() => app.stop());

    const post = (token: string, body: unknown) =>
      fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

    it("takes an admin's workbook larger than the 100 kB body limit, refuses a staff member's body of that size (413) and any body over the upload limit", async () => {
      // A workbook of over 100 kB: a dry run, so it writes nothing.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('说明');
      for (let row = 1; row <= 3000; row += 1) sheet.getCell(`A${row}`).value = crypto.randomBytes(24).toString('hex');
      const file = path.join(dir, 'large.xlsx');
      await workbook.xlsx.writeFile(file);
      const body = { query: IMPORT, variables: { workbook: base64(file), township, dryRun: true } };
      expect(JSON.stringify(body).length).toBeGreaterThan(100 * 1024);

      const admin = await post(await signToken(SECRET, 'admin', ['admin']), body);
      expect(admin.status).not.toBe(413);
      // It reached the mutation: the workbook has no list sheet.
      expect(((await admin.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');

      const staff = await post(await signToken(SECRET, 'clerk', ['staff']), body);
      expect(staff.status).toBe(413);
      expect(((await staff.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');

      const huge = await post(await signToken(SECRET, 'admin', ['admin']), { query: IMPORT, variables: { workbook: 'A'.repeat(4 * 1024 * 1024), township } });
      expect(huge.status).toBe(413);
    });
  });
});
