// The options page: renders the options with a download that saves the exported settings as a file.
import { createRoot } from 'react-dom/client';
import { Options, type OptionsEnvironment } from '../../lib/ui/options/Options';
import '../../lib/ui/settings/settings.css';

const env: OptionsEnvironment = {
  download(fileName, json) {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
  },
};

const container = document.getElementById('root');
if (container) createRoot(container).render(<Options env={env} />);
