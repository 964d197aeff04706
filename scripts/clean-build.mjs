// Removes what `npm run build` writes, so a module deleted from src/ never lingers in lib/ or dist/.
import { rmSync } from 'node:fs';

for (const dir of ['dist', 'lib']) rmSync(dir, { recursive: true, force: true });
