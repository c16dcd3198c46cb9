/**
 * The task pane. All host work goes through `api` (src/taskpane/api.ts); the state lives in one
 * reducer (state.ts), so this file only wires events to the api and the api's answers to dispatch.
 */
import * as React from 'react';
import { MessageBar, Separator, Stack, Text } from 'office-ui-fabric-react';
import type { CellRef, Problem } from '../../engine/result';
import { cellAddress, problem } from '../../engine/result';
import type { Lang } from '../../messages';
import type { MappingOverrides, Role, TaskpaneApi } from '../api';
import { initialState, paneReducer, requiredRoles, roleRows, withColumn, withSheet } from '../state';
import { translator } from '../lang';
import { RoleList } from './RoleList';
import { ClosePanel } from './ClosePanel';
import { Progress } from './Progress';
import { SummaryView } from './SummaryView';
import { ProblemList } from './ProblemList';
import { registerPaneIcons } from '../icons';

registerPaneIcons();

export interface AppProps {
  readonly api: TaskpaneApi;
  readonly lang: Lang;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function App({ api, lang }: AppProps): React.ReactElement {
  const [state, dispatch] = React.useReducer(paneReducer, initialState);
  const t = React.useMemo(() => translator(lang), [lang]);

  const survey = React.useCallback(async (overrides: MappingOverrides) => {
    try {
      dispatch({ type: 'surveyed', survey: await api.detect(overrides), overrides });
    } catch (e) {
      dispatch({ type: 'paneProblem', problem: problem('error', 'taskpane.detectFailed', { reason: reason(e) }) });
    }
  }, [api]);

  React.useEffect(() => {
    api.loadMapping().catch(() => ({})).then(survey);
  }, [api, survey]);

  const remap = (overrides: MappingOverrides): void => {
    dispatch({ type: 'redetecting' });
    void api.saveMapping(overrides).catch(() => undefined).then(() => survey(overrides));
  };
  const onClose = async (): Promise<void> => {
    dispatch({ type: 'closeStarted' });
    try {
      const summary = await api.close(state.month, state.preset, state.overrides, (step) => dispatch({ type: 'stepDone', step }));
      dispatch({ type: 'closed', summary });
    } catch (e) {
      dispatch({ type: 'paneProblem', problem: problem('error', 'taskpane.closeFailed', { reason: reason(e) }) });
    }
  };
  const onSelect = (cell: CellRef): void => {
    api.selectCell(cell).catch(() =>
      dispatch({ type: 'paneProblem', problem: problem('warning', 'taskpane.selectFailed', { cell: cellAddress(cell) }) }));
  };
  const onInsertTemplate = async (): Promise<void> => {
    try {
      dispatch({ type: 'templateInserted', sheets: await api.insertTemplate() });
    } catch (e) {
      dispatch({ type: 'paneProblem', problem: problem('error', 'taskpane.hostFailed', { reason: reason(e) }) });
    }
    await survey(state.overrides);
  };

  const rows = roleRows(state.survey, state.overrides);
  const busy = state.phase === 'closing' || state.phase === 'loading';
  const missing: Problem[] = state.survey
    ? rows.filter((r) => r.sheet === null && requiredRoles.includes(r.role))
      .map((r) => problem('warning', 'taskpane.roleMissing', { role: t(`role.${r.role}`) }))
    : [];
  const shown = [...state.paneProblems, ...(state.summary ? state.summary.problems : [...missing, ...(state.survey?.problems ?? [])])];

  return (
    <Stack tokens={{ childrenGap: 12 }} styles={{ root: { padding: 12, maxWidth: 480 } }}>
      <Text variant="xLarge" styles={{ root: { fontWeight: 600 } }}>{t('title')}</Text>
      <Text variant="mediumPlus">{t('rolesHeading')}</Text>
      {state.phase === 'loading' && !state.survey && <Text>{t('loading')}</Text>}
      <RoleList rows={rows} sheets={state.survey?.sheets ?? []} headers={state.survey?.headers ?? {}} t={t}
        onPickSheet={(role: Role, sheet) => remap(withSheet(state.overrides, role, sheet))}
        onPickColumn={(role: Role, field, col) => remap(withColumn(state.overrides, role, field, col))} />
      <Separator />
      <ClosePanel months={state.survey?.months ?? []} month={state.month} preset={state.preset} busy={busy} t={t}
        onPickMonth={(month) => dispatch({ type: 'pickMonth', month })}
        onPickPreset={(preset) => dispatch({ type: 'pickPreset', preset })}
        onOpenPolicy={() => void api.openPolicySheet(state.preset).catch((e: unknown) =>
          dispatch({ type: 'paneProblem', problem: problem('error', 'taskpane.hostFailed', { reason: reason(e) }) }))}
        onInsertTemplate={() => void onInsertTemplate()}
        onClose={() => void onClose()} />
      {state.templateAdded && (
        <MessageBar>{state.templateAdded.length > 0 ? t('templateAdded', { sheets: state.templateAdded.join('、') }) : t('templateNone')}</MessageBar>
      )}
      {(state.phase === 'closing' || state.summary) && <Progress done={state.stepsDone} t={t} />}
      {state.summary && <SummaryView summary={state.summary} t={t} />}
      <ProblemList problems={shown} lang={lang} t={t} onSelect={onSelect} />
    </Stack>
  );
}
