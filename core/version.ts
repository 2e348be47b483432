/** Version written into every report (tool.version). Bump with package.json. */
export const VERSION = '0.1.0';
