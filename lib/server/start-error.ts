// A reason `npm start` cannot go on, said in one line that names the cause and what to do. scripts/start.ts
// prints the message alone (no stack trace) and exits with status 1.
export class StartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartError";
  }
}
