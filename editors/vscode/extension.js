// Starts 'loss-advisor server' (the Language Server Protocol over stdio) for Python files and JSON model descriptions.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('lossAdvisor').get('command', 'loss-advisor');
  client = new LanguageClient('loss-advisor', 'Loss Advisor', { command, args: ['server'] }, {
    documentSelector: [{ scheme: 'file', language: 'python' }, { scheme: 'file', language: 'json' }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.py,*.json}') },
  });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
