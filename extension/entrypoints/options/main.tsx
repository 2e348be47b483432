import { mountPage } from '../../ui/mount.js';
import { OptionsApp } from '../../ui/OptionsApp.js';

mountPage('optionsTitle', (settings) => <OptionsApp initial={settings} />);
