import { mountPage } from '../../ui/mount.js';
import { SidePanelApp } from '../../ui/SidePanelApp.js';

mountPage('panelTitle', (settings) => <SidePanelApp settings={settings} />);
