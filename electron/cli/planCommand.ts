// `timelock plan …`: timeboxes from the command line. One command whose first argument names the action; the
// arguments are parsed against all the actions' options, and each action refuses those that are not its own.
import type { Command } from './command';
import { UsageError } from './cliErrors';
import type { OptionKind } from './parseArgs';
import type { PlanAction } from './planAction';
import { planAdd } from './planAdd';
import { planCheck } from './planCheck';
import { planExport } from './planExport';
import { planImport } from './planImport';
import { planList } from './planList';
import { planRemove } from './planRemove';

export const PLAN_ACTIONS: readonly PlanAction[] = [planAdd, planList, planRemove, planCheck, planExport, planImport];

function allOptions(): Record<string, OptionKind> {
  const options: Record<string, OptionKind> = {};
  for (const action of PLAN_ACTIONS) {
    for (const [name, kind] of Object.entries(action.options)) {
      if (options[name] !== undefined && options[name] !== kind) throw new Error(`plan actions disagree on --${name}`);
      options[name] = kind;
    }
  }
  return options;
}

function actionOf(name: string | undefined): PlanAction {
  const action = PLAN_ACTIONS.find((a) => a.name === name);
  if (!action) throw new UsageError(`plan needs one of ${PLAN_ACTIONS.map((a) => a.name).join(', ')}, not '${name}'.`);
  return action;
}

const OPTIONS = allOptions();

export const planCommand: Command = {
  name: 'plan',
  summary: 'timeboxes: plan, list, check, remove; export and import as iCalendar',
  usage: `timelock plan ${PLAN_ACTIONS.map((a) => a.name).join('|')} …`,
  help: [
    'Plans time in boxes for work, fitness and family, one-off or repeating weekly. The same lock rules as in the app',
    'apply: the hard lock refuses work planned outside your work windows, the soft lock asks for --reason.',
    ...PLAN_ACTIONS.flatMap((action) => ['', `${action.usage}`, ...action.help.map((line) => `  ${line}`)]),
  ].join('\n'),
  spec: { options: OPTIONS, positionals: ['action', 'argument?'] },
  check(args) {
    const [name, ...rest] = args.positionals;
    const action = actionOf(name);
    const foreign = Object.keys(OPTIONS).filter((option) => args.has(option) && !(option in action.options));
    if (foreign.length > 0) throw new UsageError(`plan ${action.name} takes no ${foreign.map((o) => `--${o}`).join(' or ')}.`);
    const required = action.positionals.filter((p) => !p.endsWith('?'));
    if (rest.length < required.length) throw new UsageError(`Missing ${required.slice(rest.length).map((p) => p.toUpperCase()).join(' and ')}.`);
    if (rest.length > action.positionals.length) throw new UsageError(`Unexpected argument '${rest[action.positionals.length]}'.`);
    const missing = (action.required ?? []).filter((option) => !args.has(option));
    if (missing.length > 0) throw new UsageError(`Missing ${missing.map((o) => `--${o}`).join(' and ')}.`);
    action.check?.(args, rest);
  },
  run(context) {
    const [name, ...rest] = context.args.positionals;
    return actionOf(name).run(context, rest);
  },
};
