'use strict';

// s3rver on loopback for the tests: node s3rver.js <data folder> <address> <port>.
// One fix on top of s3rver 3.7.1: it reads x-amz-copy-source through decodeURI, which keeps "%2F" encoded, so a
// CopyObject from the AWS SDK for .NET (which encodes the slashes of the source key, as S3 allows) looks for a
// bucket named "bucket%2Fkey..." and fails. Real S3 decodes the whole header; decoding the slashes here does the same.
const S3rver = require('s3rver');

const [directory, address, port] = process.argv.slice(2);
const server = new S3rver({ directory, address, port: Number(port), silent: true });
server.middleware.unshift((ctx, next) => {
  const source = ctx.headers['x-amz-copy-source'];
  if (source) {
    ctx.headers['x-amz-copy-source'] = source.replace(/%2F/gi, '/');
  }

  return next();
});
server.run().catch(error => {
  console.error(error);
  process.exit(1);
});
