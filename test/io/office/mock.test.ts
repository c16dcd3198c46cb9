// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose dependency chain
// ends in an ES module (strip-bom) that jest on Node 20 cannot require: give it the enum directly.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' },
}));
import { OfficeMockObject } from 'office-addin-mock';
import { loadMapping, saveMapping, selectCell } from '../../../src/io/office/workbook';
import type { HostContext } from '../../../src/io/office/host';

/** The subset of the workbook these chores touch, as office-addin-mock data. */
async function mockContext(savedMapping: string | null) {
  const data = {
    workbook: {
      settings: {
        saved: {} as Record<string, string>,
        item: { value: savedMapping ?? '', isNullObject: savedMapping === null },
        add(key: string, value: string) { this.saved[key] = value; },
        getItemOrNullObject() { return this.item; },
      },
      worksheets: {
        sheet: {
          name: '考勤', isNullObject: false, activated: false, selected: '',
          activate() { this.activated = true; },
          getRangeByIndexes(row: number, col: number) {
            const sheet = this;
            return { select() { sheet.selected = `${row},${col}`; } };
          },
        },
        getItemOrNullObject() { return this.sheet; },
      },
    },
  };
  const mock = new OfficeMockObject(data);
  // Office.js delivers isNullObject with any load of an *OrNullObject result; the mock only hands out
  // what was loaded, so load it up front.
  const tree = mock as unknown as { workbook: { settings: { item: OfficeMockObject }; worksheets: { sheet: OfficeMockObject } } };
  tree.workbook.settings.item.load('isNullObject');
  tree.workbook.worksheets.sheet.load('isNullObject');
  // The mock's sync updates nested objects in callbacks it does not await; let them settle.
  const sync = async (): Promise<void> => {
    await mock.sync();
    await new Promise((resolve) => setImmediate(resolve));
  };
  await sync();
  const context = { workbook: (mock as unknown as HostContext).workbook, sync } as unknown as HostContext;
  return { mock, context };
}

describe('workbook chores against office-addin-mock', () => {
  it('loads the mapping saved in the workbook settings, keeping known roles and whole columns only', async () => {
    const { context } = await mockContext('{"roles":{"rota":"值班表","boss":"x"},"columns":{"attendance":{"in":3,"out":-1}}}');
    const { mapping, problems } = await loadMapping(context);
    expect(mapping).toEqual({ roles: { rota: '值班表' }, columns: { attendance: { in: 3 } } });
    expect(problems).toEqual([]);
  });

  it('an unreadable saved mapping is dropped with a warning (office.mappingUnreadable), not thrown', async () => {
    const { context } = await mockContext('{not json');
    const { mapping, problems } = await loadMapping(context);
    expect(mapping).toEqual({});
    expect(problems.map((p) => p.code)).toEqual(['office.mappingUnreadable']);
  });

  it('saves the mapping as JSON under CsMonthClose.mapping', async () => {
    const { mock, context } = await mockContext(null);
    await saveMapping(context, { roles: { attendance: '打卡' } });
    const settings = (mock as unknown as { workbook: { settings: { saved: Record<string, string> } } }).workbook.settings;
    expect(settings.saved['CsMonthClose.mapping']).toBe('{"roles":{"attendance":"打卡"}}');
  });

  it('selectCell activates the sheet and selects 考勤!C14', async () => {
    const { mock, context } = await mockContext(null);
    expect(await selectCell(context, { sheet: '考勤', row: 13, col: 2 })).toBe(true);
    const sheet = (mock as unknown as { workbook: { worksheets: { sheet: { activated: boolean; selected: string } } } }).workbook.worksheets.sheet;
    expect(sheet.activated).toBe(true);
    expect(sheet.selected).toBe('13,2');
  });
});
