// A real SMTP server on loopback for FrontDoor's tests.
// Usage: node smtp-sink.js <port> <folder>
// Stores every message it accepts as <folder>/<n>.json: { messageId, from, to, subject, text, headers }.
// Prints "listening <port>" once ready. Stops on SIGTERM or when stdin closes (the test process ended).
'use strict';
const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const port = Number(process.argv[2]);
const folder = process.argv[3];
fs.mkdirSync(folder, { recursive: true });
let count = 0;

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 20 * 1024 * 1024,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        count += 1;
        const record = {
          messageId: mail.messageId,
          from: mail.from ? mail.from.text : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject,
          text: mail.text,
          headers: Object.fromEntries([...mail.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
        };
        const file = path.join(folder, `${Date.now()}-${process.pid}-${count}.json`);
        fs.writeFileSync(file + '.tmp', JSON.stringify(record));
        fs.renameSync(file + '.tmp', file);
        callback();
      })
      .catch((err) => callback(err));
  },
});

server.on('error', (err) => {
  console.error(err.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => console.log(`listening ${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.resume();
