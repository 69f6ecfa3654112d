import { useBrowser } from './support/browser';
import { describePhoneLayout } from './support/phone-layout';

// Every page each role reaches, on a phone, with JavaScript (without: phone-layout-no-js.browser.ts).
describePhoneLayout(useBrowser(), true);
