import { useId } from 'react';
import { LIMITS } from '../consultation/consultation';

export interface NotesFieldProps {
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly onChange: (text: string) => void;
}

/**
 * A labelled text area for the advisor's notes; every change goes straight into the consultation
 * (and so into the draft, the file and the print). The limit is the consultation format's.
 */
export function NotesField({ label, hint, value, onChange }: NotesFieldProps) {
  const id = useId();
  return (
    <div className="advisor-notes ui-form-group">
      <label className="ui-label" htmlFor={`${id}-notes`}>
        {label}
      </label>
      <div id={`${id}-hint`} className="ui-hint">
        {hint}
      </div>
      <textarea
        id={`${id}-notes`}
        className="advisor-textarea"
        rows={5}
        maxLength={LIMITS.note}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
