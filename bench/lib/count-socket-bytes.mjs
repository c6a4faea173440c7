// Preloaded into a measured process (node --import): counts the bytes read from and written to every
// TCP socket the process opened, and writes the totals to $DR_BYTES_FILE at exit. That is what the
// database sent to the scanner — the "bytes transferred" of the database benchmark.
import net from 'node:net'
import {writeFileSync} from 'node:fs'

const sockets = new Set()
const connect = net.Socket.prototype.connect
net.Socket.prototype.connect = function (...args) {
  sockets.add(this)
  return connect.apply(this, args)
}
process.on('exit', () => {
  let read = 0
  let written = 0
  for (const s of sockets) {
    read += s.bytesRead ?? 0
    written += s.bytesWritten ?? 0
  }
  if (process.env.DR_BYTES_FILE) writeFileSync(process.env.DR_BYTES_FILE, JSON.stringify({read, written}))
})
