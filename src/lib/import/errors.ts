/**
 * The importer's refusals. A message is one line without the file name: the command line puts
 * the file in front of it (`seed.txt: expected story text after the headline, got only a headline`).
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
