import { expect } from 'chai';
import type { networkInterfaces } from 'node:os';
import { loopbackJoinWarning } from '../server/sessions/join-link.js';

const nics = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }],
  eth0: [
    { address: '192.168.1.20', family: 'IPv4', internal: false },
    { address: 'fe80::1', family: 'IPv6', internal: false },
  ],
} as unknown as ReturnType<typeof networkInterfaces>;

describe('join link: warning when the QR points to this computer only', () => {
  it('warns when the link is on localhost, PUBLIC_URL is unset and the server listens on the network, with the addresses that work', () => {
    expect(loopbackJoinWarning('http://localhost:3000/j/ABC123', undefined, '0.0.0.0', nics)).to.deep.equal({ alternatives: ['http://192.168.1.20:3000/j/ABC123'] });
    expect(loopbackJoinWarning('http://127.0.0.1/j/ABC123', undefined, '0.0.0.0', nics)).to.deep.equal({ alternatives: ['http://192.168.1.20/j/ABC123'] });
    expect(loopbackJoinWarning('http://[::1]:3000/j/ABC123', undefined, '::', nics)?.alternatives).to.have.length(1);
  });

  it('stays quiet with PUBLIC_URL, a network address in the link, or a server that listens on loopback only', () => {
    expect(loopbackJoinWarning('https://rembuk.example/j/ABC123', 'https://rembuk.example', '0.0.0.0', nics)).to.equal(null);
    expect(loopbackJoinWarning('http://192.168.1.20:3000/j/ABC123', undefined, '0.0.0.0', nics)).to.equal(null);
    expect(loopbackJoinWarning('http://localhost:3000/j/ABC123', undefined, '127.0.0.1', nics)).to.equal(null);
  });
});
