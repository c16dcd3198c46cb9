/// <reference types="office-js" />
/**
 * The task pane's page: waits for Office, picks the language from Office's display language, and
 * renders the App with the real api. Outside Excel it says where to open it instead.
 */
// First: Fabric reads its configuration when it loads.
import './fabricConfig';
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { App } from './components/App';
import { createOfficeApi } from './officeApi';
import { langFromDisplayLanguage } from './lang';
import { message } from '../messages';

function root(): HTMLElement {
  const existing = document.getElementById('root');
  if (existing) return existing;
  const created = document.createElement('div');
  created.id = 'root';
  document.body.appendChild(created);
  return created;
}

if (typeof Office === 'undefined') {
  root().textContent = message('taskpane.officeUnavailable', {}, 'zh');
} else {
  void Office.onReady(() => {
    const lang = langFromDisplayLanguage(Office.context?.displayLanguage);
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    ReactDOM.render(<App api={createOfficeApi(lang)} lang={lang} />, root());
  });
}
