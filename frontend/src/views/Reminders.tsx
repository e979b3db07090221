import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useI18n } from '../lib/i18n';
import { formatDate } from '../lib/format';
import { outcomeOf } from '../lib/mutation';
import { FormAlert } from '../components/FormAlert';
import type { AppError } from '../lib/errors';

/** A task's due day; overdue says so in words and in red, never in colour alone. */
export function DueDate({ due, overdue }: { due: string; overdue: boolean }) {
  const { t, lang } = useI18n();
  const day = formatDate(due, lang);
  return (
    <span className={overdue ? 'zw-due zw-due--overdue' : 'zw-due'} data-testid="task-due" data-overdue={overdue || undefined}>
      {overdue ? t('task.overdueSince', { day }) : t('task.dueOn', { day })}
    </span>
  );
}

const RemindersDoc = graphql(`
  query MyReminders {
    me {
      remindersOptOut
    }
  }
`);

const RemindersSetDoc = graphql(`
  mutation RemindersSet($optOut: Boolean!) {
    remindersSet(input: { optOut: $optOut }) {
      me {
        remindersOptOut
      }
      userErrors {
        field
        message
        messageEn
        code
        key
      }
    }
  }
`);

/** The person's e-mail reminders: on or off (the mandatory mails always come). */
export function ReminderSetting() {
  const { t, lang } = useI18n();
  const [res] = useQuery({ query: RemindersDoc });
  const [state, set] = useMutation(RemindersSetDoc);
  const [error, setError] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const optOut = res.data?.me.remindersOptOut;
  if (optOut === undefined) return null;
  const toggle = async (on: boolean) => {
    setSaved(false);
    const r = await set({ optOut: !on });
    const o = outcomeOf(r, 'remindersSet', lang);
    setError(o.error);
    setSaved(o.ok);
  };
  return (
    <section aria-labelledby={`${id}-h`} className="zw-section" data-testid="reminder-setting">
      <h2 id={`${id}-h`} className="kern-heading-small">{t('reminders.title')}</h2>
      <FormAlert error={error} fieldErrors={{}} known={[]} />
      <div className="kern-form-check">
        <input
          id={id}
          type="checkbox"
          className="kern-form-check__checkbox"
          checked={!optOut}
          disabled={state.fetching}
          aria-describedby={`${id}-hint`}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <label htmlFor={id} className="kern-label">{t('reminders.on')}</label>
      </div>
      <p id={`${id}-hint`} className="kern-body kern-body--muted">{t('reminders.hint')}</p>
      <p className="kern-body" role="status">{saved ? t('reminders.saved') : ''}</p>
    </section>
  );
}
