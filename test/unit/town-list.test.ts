import ExcelJS from 'exceljs';
import { categoryTitle, columnOfHeader, joinEntries, lookUpName, ITEM_TYPE_NAMES, CATEGORY_NAMES, parseLegalBasis, splitEntries, matchKey } from '../../src/dataset/list/list-columns';
import { listToDataset, ListContext } from '../../src/dataset/list/list-to-dataset';
import { parseListWorkbook } from '../../src/dataset/list/read-list';
import { buildListWorkbook } from '../../src/dataset/list/write-list';
import { dutyListText } from '../../src/domain/search-keys';

describe('town list cells', () => {
  it('recognises Chinese and English headers, loosely', () => {
    expect(columnOfHeader('事项名称')).toBe('title');
    expect(columnOfHeader(' 责任科室 ')).toBe('leadOffices');
    expect(columnOfHeader('Responsible Office')).toBe('leadOffices');
    expect(columnOfHeader('*追责情形：')).toBe('accountability');
    expect(columnOfHeader('责任主体')).toBeUndefined();
  });

  it('maps item types and performance types by any of their names, full-width and suffixed forms too', () => {
    expect(lookUpName(ITEM_TYPE_NAMES, '行政许可类')).toBe('ADMINISTRATIVE_LICENSING');
    expect(lookUpName(ITEM_TYPE_NAMES, '其他行政权力')).toBe('OTHER');
    expect(lookUpName(ITEM_TYPE_NAMES, 'Public Service')).toBe('PUBLIC_SERVICE');
    expect(lookUpName(ITEM_TYPE_NAMES, '行政审批')).toBeUndefined();
    expect(lookUpName(CATEGORY_NAMES, '配合履职事项')).toBe('ASSISTING');
  });

  it('splits numbered entries by line, else by ；', () => {
    expect(splitEntries('1、泄露的\n2、延误的')).toEqual(['泄露的', '延误的']);
    expect(splitEntries('①专人收发；②—')).toEqual(['专人收发', '—']);
    expect(splitEntries('1. 甲；乙\n2. 丙')).toEqual(['甲；乙', '丙']);
    expect(splitEntries(joinEntries(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('reads legal bases with and without 《》', () => {
    expect(parseLegalBasis('《中华人民共和国土地管理法》第六十二条')).toEqual({ title: '中华人民共和国土地管理法', article: '第六十二条' });
    expect(parseLegalBasis('自然灾害救助条例第十九条第二款')).toEqual({ title: '自然灾害救助条例', article: '第十九条第二款' });
    expect(parseLegalBasis('《党政机关公文处理工作条例》')).toEqual({ title: '党政机关公文处理工作条例' });
  });

  it('strips numbering and counts from category rows, and compares full-width text loosely', () => {
    expect(categoryTitle('一、党的建设（25项）')).toBe('党的建设');
    expect(categoryTitle('3. 平安法治 (12 items)')).toBe('平安法治');
    expect(matchKey('党政 办公室 ')).toBe(matchKey('党政办公室'));
    expect(matchKey('ＡＢ（１）')).toBe('ab(1)');
  });

  it('puts the list fields into one search string', () => {
    expect(dutyListText({ legalBases: [{ title: '土地管理法', article: '第六十二条' }], accountability: ['拖延办理的'], integrityRisks: [{ risk: '优亲厚友', control: '公示' }] })).toBe(
      '土地管理法 第六十二条 拖延办理的 优亲厚友 公示',
    );
  });
});

describe('a town list workbook, written and read back without a database', () => {
  const context: ListContext = {
    township: { id: 'town:t', name: '测试镇' },
    day: '2020-01-01',
    offices: [
      { id: 'office:a', name: '党政办公室', aliases: ['党政办'], from: '2010-01-01' },
      { id: 'office:b', name: '经济发展办公室', from: '2010-01-01' },
    ],
    posts: [{ id: 'post:a-director', name: '主任', from: '2010-01-01', units: [{ unit: 'office:a', from: '2010-01-01' }] }],
    duties: [
      { id: 'duty:top', title: '政务', category: 'BASIC', township: 'town:t', owners: [{ owner: 'office:a', role: 'LEAD', from: '2010-01-01' }] },
      {
        id: 'duty:child',
        title: '公文',
        category: 'ASSISTING',
        itemType: 'OTHER',
        township: 'town:t',
        parent: 'duty:top',
        legalBases: [{ title: '档案法', article: '第十条' }],
        accountability: ['泄密的'],
        integrityRisks: [{ risk: '泄密', control: null }, { risk: '拖延', control: '限时办结' }],
        owners: [
          { owner: 'office:b', role: 'LEAD', from: '2010-01-01' },
          { owner: 'post:a-director', role: 'ASSIST', from: '2010-01-01' },
        ],
      },
    ],
  };

  it('reads back the duties it wrote, with owners kept as the graph has them', async () => {
    const workbook = buildListWorkbook({ ...context, offices: context.offices as unknown as Record<string, unknown>[], posts: context.posts as unknown as Record<string, unknown>[], audit: [{ duty: 'duty:child', title: '公文', flags: ['CROSSOVER'], reasons: ['…'] }] });
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const list = parseListWorkbook(reread, 'list.xlsx');
    expect(list.sheets).toEqual(['权责清单', '党政办公室', '经济发展办公室']);
    expect(list.title).toBe('测试镇权责清单（2020-01-01）');
    const source = listToDataset(list, context);
    expect(source.problems).toEqual([]);
    const duties = (source.content as { duties: Record<string, unknown>[] }).duties;
    expect(duties).toHaveLength(2);
    expect(duties.find((duty) => duty.id === 'duty:child')).toEqual({
      ...context.duties[1],
      integrityRisks: [{ risk: '泄密' }, { risk: '拖延', control: '限时办结' }],
    });
    expect(reread.getWorksheet('权责清单')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(reread.getWorksheet('权责清单')!.getColumn(3).width).toBeGreaterThan(10);
  });

  it('ends the owners the list no longer names on its day and starts the new ones, and names unknown offices', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['测试镇权责清单（2020年1月1日）']);
    sheet.addRow(['序号', '事项名称', '责任科室', '履职类型']);
    sheet.addRow([1, '公文', '党政办', '配合履职']);
    sheet.addRow([2, '新事项', '招商办', '基本履职']);
    const list = parseListWorkbook(workbook, 'x.xlsx');
    const source = listToDataset(list, context);
    const duties = (source.content as { duties: Record<string, unknown>[] }).duties;
    expect(duties[0]!.owners).toEqual([
      { owner: 'office:b', role: 'LEAD', from: '2010-01-01', to: '2020-01-01' },
      { owner: 'post:a-director', role: 'ASSIST', from: '2010-01-01', to: '2020-01-01' },
      { owner: 'office:a', role: 'LEAD', from: '2020-01-01' },
    ]);
    // The columns the sheet lacks keep the graph's values.
    expect(duties[0]).toMatchObject({ itemType: 'OTHER', parent: 'duty:top' });
    expect(source.problems).toEqual([
      expect.objectContaining({ sheet: '清单', row: 4, cell: 'C4', text: '招商办', message: expect.stringContaining("unknown office '招商办'"), messageZh: expect.stringContaining('未知科室') }),
    ]);
  });
});
