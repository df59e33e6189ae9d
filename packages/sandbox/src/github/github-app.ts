import { randomBytes } from 'node:crypto';
import { type CryptoKey, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';

/** The sandbox's GitHub App: installed on one organisation with access to all its repositories. */
export interface GithubAppIdentity {
  readonly appId: number;
  readonly slug: string;
  readonly name: string;
  readonly clientId: string;
  readonly installationId: number;
  /** The organisation the app is installed on. */
  readonly org: string;
  /** The app's private key (PKCS#8 PEM), for signing JWTs. */
  readonly privateKey: string;
}

/** An installation access token and what it may reach. */
export interface InstallationToken {
  readonly token: string;
  readonly installationId: number;
  readonly expiresAt: number;
  /** Full names it is limited to, or undefined for every repository of the installation. */
  readonly repositories: ReadonlySet<string> | undefined;
}

/** The app's keys and the installation tokens issued so far. */
export class GithubApp {
  private readonly tokens = new Map<string, InstallationToken>();

  private constructor(
    readonly identity: GithubAppIdentity,
    private readonly publicKey: CryptoKey,
  ) {}

  /** Creates the app with a fresh RS256 key pair, installed on `org`. */
  static async create(org: string): Promise<GithubApp> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const identity: GithubAppIdentity = {
      appId: 900_001,
      slug: 'faros-sandbox',
      name: 'Faros Sandbox',
      clientId: 'Iv1.0a1b2c3d4e5f6a7b',
      installationId: 50_000_001,
      org,
      privateKey: await exportPKCS8(privateKey),
    };
    return new GithubApp(identity, publicKey);
  }

  /** Whether `jwt` is a valid app JWT (RS256, signed by the app's key, `iss` the app id or client id). */
  async verifyJwt(jwt: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(jwt, this.publicKey, { algorithms: ['RS256'], clockTolerance: 60 });
      const iss = String(payload.iss);
      const exp = payload.exp ?? 0;
      // GitHub refuses JWTs that live longer than ten minutes.
      const tooLong = exp - (payload.iat ?? exp) > 600 + 60;
      return (iss === String(this.identity.appId) || iss === this.identity.clientId) && !tooLong;
    } catch {
      return false;
    }
  }

  /** Issues an installation token valid for an hour from `now`. */
  issue(now: number, repositories: ReadonlySet<string> | undefined): InstallationToken {
    const token: InstallationToken = {
      token: `ghs_${randomBytes(18).toString('base64url')}`,
      installationId: this.identity.installationId,
      expiresAt: now + 3_600_000,
      repositories,
    };
    this.tokens.set(token.token, token);
    return token;
  }

  /** The installation token `token`, if issued and not expired at `now`. */
  installationToken(token: string, now: number): InstallationToken | undefined {
    const found = this.tokens.get(token);
    return found !== undefined && found.expiresAt > now ? found : undefined;
  }
}
