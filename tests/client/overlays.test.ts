/**
 * @jest-environment @happy-dom/jest-environment
 *
 * A screen's overlay layer owns its toasts and its one dialog: a new dialog closes the old one
 * (calling its onClose), and disposing the layer removes everything without calling onClose.
 */
import { createOverlays } from '../../client/src/app/overlays';

const dialog = (id: string) => {
  const d = document.createElement('dialog');
  d.id = id;
  return d;
};

test('one dialog at a time; close calls onClose once', () => {
  const overlays = createOverlays();
  document.body.append(overlays.element);
  const closed: string[] = [];
  const closeA = overlays.openDialog(dialog('a'), () => closed.push('a'));
  expect(document.getElementById('a')).not.toBeNull();
  overlays.openDialog(dialog('b'), () => closed.push('b'));
  expect(document.getElementById('a')).toBeNull();
  expect(document.getElementById('b')).not.toBeNull();
  closeA();
  expect(closed).toEqual(['a']);
  overlays.dispose();
});

test('disposing the layer removes toasts and the dialog without onClose', () => {
  const overlays = createOverlays();
  document.body.append(overlays.element);
  let closed = 0;
  overlays.openDialog(dialog('quote-dialog'), () => closed++);
  overlays.toast('Attribution restored', 'The speaker was put back.');
  expect(document.querySelector('#toasts')?.textContent).toContain('Attribution restored');
  overlays.dispose();
  expect(document.getElementById('quote-dialog')).toBeNull();
  expect(document.querySelector('#toasts')).toBeNull();
  expect(closed).toBe(0);
});

test('a toast closes from its button', () => {
  const overlays = createOverlays();
  document.body.append(overlays.element);
  overlays.toast('Nothing selected', 'Select words first.', 'info');
  const toast = document.querySelector('.toast-info');
  expect(toast).not.toBeNull();
  (toast!.querySelector('.toast-close') as HTMLButtonElement).click();
  expect(document.querySelector('.toast-info')).toBeNull();
  overlays.dispose();
});
