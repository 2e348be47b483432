import { mountPage } from '../../ui/mount.js';
import { VerificationApp } from '../../ui/VerificationApp.js';

mountPage('verificationTitle', (settings) => <VerificationApp settings={settings} />);
