/** A modal <dialog> asking for an optional note before flagging an audit as a good practice. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from '../ui.js';

export function FlagDialog({ heading, onConfirm, onClose }: { heading: string; onConfirm: (note: string) => Promise<void>; onClose: () => void }) {
  const { t } = useUi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    await onConfirm(note.trim());
    setBusy(false);
  };
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="flag-title" onClose={onClose} onCancel={onClose}>
      <form onSubmit={submit}>
        <h2 id="flag-title">{heading}</h2>
        <label for="flag-note">{t.goodPracticeNoteLabel}</label>
        <textarea id="flag-note" rows={4} maxLength={1000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        <div class="dialog-actions">
          <button type="button" class="ghost" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {t.goodPracticeConfirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
