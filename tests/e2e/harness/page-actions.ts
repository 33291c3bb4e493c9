import { eventually, type TestPage } from './session';

/** Clicks the button whose visible text is `label`, once it is there. */
export async function clickButton(page: TestPage, label: string): Promise<void> {
  await eventually(() =>
    page.evaluate((l) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === l,
      );
      button?.click();
      return Boolean(button);
    }, label),
  );
}
