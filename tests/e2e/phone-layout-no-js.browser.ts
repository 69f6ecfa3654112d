import { useBrowser } from './support/browser';
import { describePhoneLayout } from './support/phone-layout';

// Every page each role reaches, on a phone, without JavaScript (with it: phone-layout.browser.ts).
describePhoneLayout(useBrowser(), false);
