/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { act } from 'react-dom/test-utils';
import { App } from '../../src/taskpane/components/App';
import { fakeApi, type FakeApi } from './fakeApi';

let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
});
afterEach(() => {
  ReactDOM.unmountComponentAtNode(container);
  container.remove();
});

const flush = async (): Promise<void> => {
  await act(async () => { await new Promise((resolve) => setTimeout(resolve, 0)); });
};

async function mount(api: FakeApi, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  act(() => { ReactDOM.render(<App api={api} lang={lang} />, container); });
  await flush();
}

function button(text: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button ${text}: ${[...container.querySelectorAll('button')].map((b) => b.textContent).join('|')}`);
  return found;
}

describe('task pane', () => {
  test('§1: loads the remembered mapping, detects with it, and lists each role with its sheet and confidence', async () => {
    const api = fakeApi({ mapping: { roles: { sales: '销售' } } });
    await mount(api);
    expect(api.calls.slice(0, 2)).toEqual(['loadMapping', 'detect {"roles":{"sales":"销售"}}']);
    const attendance = container.querySelector('[data-role="attendance"]');
    expect(attendance?.textContent).toContain('考勤');
    expect(attendance?.textContent).toContain('把握 75%');
    expect(attendance?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow')).toBe('75');
    // incidents were not found: the row says so
    expect(container.querySelector('[data-role="incidents"]')?.textContent).toContain('（未找到）');
  });

  test('月结 shows the named steps while it runs, then the summary; the close gets month, preset and mapping', async () => {
    const api = fakeApi({ mapping: { roles: { sales: '销售' } } });
    await mount(api);
    act(() => { button('月结').click(); });
    await flush();
    expect(api.closeArgs).toEqual([{ month: '2026-10', preset: '电商客服', overrides: { roles: { sales: '销售' } } }]);
    const state = (step: string): string | null | undefined => container.querySelector(`[data-step="${step}"]`)?.getAttribute('data-state');
    expect([state('read'), state('detect'), state('compute'), state('write')]).toEqual(['done', 'done', 'running', 'pending']);
    expect(button('正在月结…').disabled).toBe(true);
    await act(async () => { api.finishClose(); });
    await flush();
    expect(state('write')).toBe('done');
    const figure = (key: string): string | undefined => container.querySelector(`[data-figure="${key}"]`)?.textContent ?? undefined;
    expect(figure('people')).toBe('人数6');
    expect(figure('penalties')).toBe('处罚1');
    expect(figure('payActions')).toBe('需处理的扣发/离职2');
    expect(figure('fund')).toBe('部门基金1,230.00 元');
    expect(container.textContent).toContain('已写入：计分表、提成表、罚款表、明细');
  });

  test('problems list errors first, and clicking an address selects that cell', async () => {
    const api = fakeApi();
    await mount(api);
    act(() => { button('月结').click(); });
    await act(async () => { api.finishClose(); });
    await flush();
    const items = [...container.querySelectorAll('li[data-severity]')];
    expect(items.map((li) => li.getAttribute('data-severity'))).toEqual(['error', 'warning', 'info']);
    act(() => { button('事件!B7').click(); });
    await flush();
    expect(api.selected).toEqual([{ sheet: '事件', row: 6, col: 1 }]);
  });

  test('a failed close is shown as a problem in words, and the button works again', async () => {
    const api = fakeApi({ failClose: '工作簿正在编辑' });
    await mount(api);
    act(() => { button('月结').click(); });
    await act(async () => { api.finishClose(); });
    await flush();
    expect(container.textContent).toContain('月结没有完成：工作簿正在编辑');
    expect(button('月结').disabled).toBe(false);
  });

  test('插入模板 and 打开制度参数 go to the api with the chosen preset', async () => {
    const api = fakeApi();
    await mount(api);
    act(() => { button('插入模板').click(); });
    await flush();
    expect(container.textContent).toContain('已新建：事件');
    act(() => { button('打开制度参数').click(); });
    await flush();
    expect(api.calls).toContain('insertTemplate');
    expect(api.calls).toContain('openPolicySheet 电商客服');
  });

  test('English Office gets English words', async () => {
    await mount(fakeApi(), 'en');
    expect(button('Close month')).toBeTruthy();
    expect(container.querySelector('[data-role="attendance"]')?.textContent).toContain('75% sure');
  });
});
