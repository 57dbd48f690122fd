/** @type {import('next').NextConfig} */
const nextConfig = {
  // The custom server (server/main.ts) owns /api and /socket.io; Next only renders pages.
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
