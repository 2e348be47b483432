import { mountPage } from '../../ui/mount.js';
import { PopupApp } from '../../ui/PopupApp.js';

mountPage('popupTitle', (settings) => <PopupApp settings={settings} />);
