import { FieldError } from '../FieldError';
import { t } from '../../utils/i18n';
import { fieldId } from '../../utils/form/settings-form';
import { LIMITS, type Contact } from '../../utils/settings/schema';
import type { FieldsProps } from './fields';

const PARTS = [
  { key: 'name', type: 'text', label: 'options_contact_name', auto: 'off' },
  { key: 'phone', type: 'tel', label: 'options_contact_phone', auto: 'off' },
  { key: 'url', type: 'url', label: 'options_contact_url', auto: 'off' },
] as const;

/** The user's own people and services: name, phone, web address; add and remove. */
export function ContactsEditor({ form, update, errors }: FieldsProps) {
  const set = (index: number, patch: Partial<Contact>) =>
    update({ contacts: form.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  return (
    <section aria-labelledby="qh-contacts-heading">
      <h2 id="qh-contacts-heading">{t('options_contacts_heading')}</h2>
      <p class="qh-hint">{t('options_contacts_hint')}</p>
      <FieldError id="f-contacts-error" message={errors.contacts} />
      {form.contacts.map((contact, index) => (
        <fieldset key={index} class="qh-contact">
          <legend>{contact.name.trim() || t('options_contact_legend', String(index + 1))}</legend>
          {PARTS.map((part) => {
            const field = `contacts.${index}.${part.key}`;
            const id = fieldId(field);
            const error = errors[field];
            return (
              <div class="qh-field" key={part.key}>
                <label for={id}>{t(part.label)}</label>
                <input
                  type={part.type}
                  id={id}
                  value={contact[part.key]}
                  autocomplete={part.auto}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(event) => set(index, { [part.key]: event.currentTarget.value })}
                />
                <FieldError id={`${id}-error`} message={error} />
              </div>
            );
          })}
          <button
            type="button"
            onClick={() => update({ contacts: form.contacts.filter((_, i) => i !== index) })}
          >
            {t('options_contact_remove', contact.name.trim() || String(index + 1))}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        disabled={form.contacts.length >= LIMITS.contacts}
        onClick={() => update({ contacts: [...form.contacts, { name: '', phone: '', url: '' }] })}
      >
        {t('options_contact_add')}
      </button>
    </section>
  );
}
