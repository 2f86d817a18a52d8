// The one inline script of the browser host's page: as the head is parsed, before anything is painted, it tells whether
// the window will keep the first screen the host drew (renderer/firstScreen/drawWindow.tsx keeps it only for Today, in
// the locale it was drawn for). The host cannot tell: the address's #/week never reaches it, and Accept-Language is not
// always navigator.language. When the window will draw itself, <html> gets data-first-screen-hidden and styles.css
// hides the host's Today, which would otherwise show for a moment and then turn into Week, or into other clock times
// (~110 ms measured on a reload of #/week). It also holds the clicks made on the host's screen before the window has
// taken it over (its buttons do nothing until then: 100–200 ms on a cold start, when a person who opens the page to
// start a timer clicks): each is stopped and its element kept in window.timelockHeldClicks, and the window clicks the
// last one again once it has the screen (renderer/firstScreen/heldClicks.ts). Inline, so it runs before the first paint
// without a request; allowed by its hash in both content security policies (the page's header and its <meta>), which
// allow no other inline script.
import { createHash } from 'node:crypto';
import { FIRST_SCREEN_NOW, HELD_CLICKS } from '../../renderer/firstScreen/firstScreenMark';
import { VIEWS } from '../../renderer/state/navStore';

/** The attribute on <html> that hides the host's first screen (styles.css). */
export const FIRST_SCREEN_HIDDEN = 'data-first-screen-hidden';

const others = VIEWS.filter((view) => view !== 'today').join('|');

/** What a held click is on: a control. A click on the page around them (a stray one, the end of a selection) is not
 * held and does not take the place of one that was; a click with a modifier (a link opened in a new tab) goes its way. */
const HELD_CONTROLS = 'button,a[href],input,select,textarea,label,summary';

/** The script: the locale the screen was drawn for comes in its data-locale attribute, so its text, and so its hash,
 * is the same for every page. */
export const FIRST_SCREEN_CHECK =
  `(function(){var s=document.currentScript,d=document.documentElement,h=window.${HELD_CLICKS}=[];` +
  `if(!s||s.getAttribute('data-locale')!==navigator.language||/^#\\/(${others})$/.test(location.hash))d.setAttribute('${FIRST_SCREEN_HIDDEN}','');` +
  `document.addEventListener('click',function(e){var r=document.getElementById('root'),t=e.target;` +
  `if(r&&r.hasAttribute('${FIRST_SCREEN_NOW}')&&t instanceof Element&&r.contains(t)&&!(e.ctrlKey||e.metaKey||e.shiftKey||e.altKey)&&t.closest('${HELD_CONTROLS}'))` +
  `{e.preventDefault();e.stopImmediatePropagation();h.push(t)}},true)})()`;

/** The CSP source that allows the script and nothing else inline. */
export const FIRST_SCREEN_CHECK_SOURCE = `'sha256-${createHash('sha256').update(FIRST_SCREEN_CHECK).digest('base64')}'`;

/** The script's element for a first screen drawn in `locale`. */
export function firstScreenCheckTag(locale: string): string {
  return `<script data-locale="${locale.replace(/[^A-Za-z0-9-]/g, '')}">${FIRST_SCREEN_CHECK}</script>`;
}
