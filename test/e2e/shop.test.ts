/** The bundled sample, closed as the README quick start does (no --month: read from the sheets). */
import { closeSuite } from './closeSuite';
import { copySample, loadExpected } from './harness';

const expected = loadExpected('shop-2026-10');
closeSuite('samples/客服部-2026-10.xlsx (12 people, Qianniu export, history)', expected, async () => copySample(expected.workbook));
