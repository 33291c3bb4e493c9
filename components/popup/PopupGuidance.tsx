import { Guidance } from '../Guidance';

/** The realistic-expectations text, with the longer parts folded. */
export function PopupGuidance() {
  return <Guidance />;
}
