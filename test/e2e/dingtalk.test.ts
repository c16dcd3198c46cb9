/** A DingTalk 每日统计 export with title rows and `2026-11-02 星期一` dates. */
import { closeSuite } from './closeSuite';
import { loadExpected, writeTemp } from './harness';
import { buildDingtalkWorkbook } from '../fixtures/dingtalk-2026-11';

const expected = loadExpected('dingtalk-2026-11');
closeSuite('DingTalk export 2026-11 (3 people, daily sales)', expected, () => writeTemp(buildDingtalkWorkbook(), '钉钉-2026-11.xlsx'), ['--month', expected.month]);
