import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { MODEL } from '../../src/domain/model';
import { DatasetRecord, RECORD_FIELDS, RECORD_LISTS } from '../../src/dataset/records';
import { DatasetList, registeredRecordClasses } from '../../src/dataset/records/record-list';
import { DutyRecord } from '../../src/dataset/records/duty.record';
import { OfficeRecord } from '../../src/dataset/records/office.record';
import { validateRecords } from '../../src/dataset/validate-records';
import { parseDatasetText } from '../../src/dataset/source';

/**
 * The record lists of a `dutygraph/1` file come from the model, each of the class its own
 * `<label>.record.ts` registers (@DatasetList); an export writes a record's fields in the order its
 * class declares them.
 */
describe('the record lists of the dataset format (dataset/records)', () => {
  it('has one record class per model list, each registered by its own file', () => {
    const classes = registeredRecordClasses(RECORD_LISTS);
    expect(classes.map((type) => type.name)).toEqual(MODEL.map((entry) => `${entry.label}Record`));
    expect(() => registeredRecordClasses([...RECORD_LISTS, 'hamlets'])).toThrow(/hamlets has none/);
    expect(() => registeredRecordClasses(RECORD_LISTS.filter((list) => list !== 'duties'))).toThrow(/duties is not in the model/);
    expect(() => DatasetList('offices')(class SecondOfficeRecord {})).toThrow(/offices already has its record class \(OfficeRecord\)/);
  });

  it('builds every list of a file as instances of its record class (the lists are decorated per model entry)', () => {
    const dataset = plainToInstance(DatasetRecord, { format: 'dutygraph/1', offices: [{ id: 'office:x' }], duties: [{ id: 'duty:x' }] });
    expect(dataset.offices?.[0]).toBeInstanceOf(OfficeRecord);
    expect(dataset.duties?.[0]).toBeInstanceOf(DutyRecord);
  });

  it('validates the lists: an entry that is no mapping and an unknown list are problems', () => {
    const { problems } = validateRecords(parseDatasetText(JSON.stringify({ format: 'dutygraph/1', posts: ['post:x'], hamlets: [] }), 'input.json', 'json'));
    expect(problems.map((problem) => problem.message)).toEqual(['unknown field: dutygraph/1 has no field of this name', 'each entry must be a mapping, got \'post:x\'']);
  });

  it('writes each record in the field order of the table it replaces (an export is byte-identical)', () => {
    expect(RECORD_FIELDS).toEqual({
      townships: ['id', 'name', 'nameEn', 'areaKm2', 'population', 'distanceToCityKm', 'staff', 'pilot'],
      departments: ['id', 'name', 'nameEn'],
      partyOrganizations: ['id', 'name', 'nameEn', 'kind', 'township', 'department'],
      documents: ['id', 'title', 'titleEn', 'issuedOn', 'issuer', 'township'],
      offices: ['id', 'name', 'nameEn', 'aliases', 'kind', 'township', 'from', 'to', 'mergedInto'],
      posts: ['id', 'name', 'nameEn', 'aliases', 'level', 'rank', 'singleHolder', 'from', 'to', 'deputyOf', 'units', 'inChargeOf'],
      people: ['id', 'name', 'nameEn', 'gender', 'birthDate', 'partyMember', 'holds', 'residentCadreIn', 'candidateFor'],
      villages: ['id', 'name', 'nameEn', 'kind', 'complex', 'under'],
      stations: ['id', 'name', 'nameEn', 'runBy', 'locatedIn', 'partyRelations'],
      duties: ['id', 'title', 'titleEn', 'description', 'descriptionEn', 'category', 'itemType', 'keywords', 'township', 'parent', 'basis', 'legalBases', 'accountability', 'integrityRisks', 'owners'],
    });
  });
});
