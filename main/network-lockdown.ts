import type { ProxyConfig } from 'electron';

/**
 * The network off, below the CSP and webRequest (which WebRTC does not pass through): WebRTC may
 * use UDP only through a proxy, and the only proxy is a closed loopback port, so a script in the
 * page reaches no socket, local or remote. Chromium bypasses the proxy for loopback by default;
 * "<-loopback>" removes that exception, so localhost goes to the dead proxy too.
 */
export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp' as const;

export const DEAD_PROXY = {
  mode: 'fixed_servers',
  proxyRules: 'socks5://127.0.0.1:9',
  proxyBypassRules: '<-loopback>',
} as const satisfies ProxyConfig;

/** The same proxy for a plain Chromium (the browser suite), as command-line switches. */
export const DEAD_PROXY_SWITCHES = [
  `--proxy-server=${DEAD_PROXY.proxyRules}`,
  `--proxy-bypass-list=${DEAD_PROXY.proxyBypassRules}`,
];

/**
 * The same WebRTC policy for a plain Chromium, as a profile preference (the renderer preference
 * Electron's setWebRTCIPHandlingPolicy sets). Chromium no longer honours the old
 * --force-webrtc-ip-handling-policy switch: with it alone, 5 STUN packets still reached a local
 * listener (measured with Debian's Chromium).
 */
export const WEBRTC_PROFILE_PREFERENCES = { webrtc: { ip_handling_policy: WEBRTC_IP_HANDLING_POLICY } };
