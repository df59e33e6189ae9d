export { type Dockerfile, type Instruction, parseDockerfile } from './parse-dockerfile.js';
