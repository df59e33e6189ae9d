import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, referenceRows } from '../converter-test-kit.js';
import { releasesConverter } from './releases.js';

const release = ref('cicd_Release', { source: 'GitHub', uid: '601' });
const record = {
  repository: 'Acme/Web',
  id: 601,
  tag_name: 'v1.4.0',
  name: 'Login release',
  body: 'Adds login',
  html_url: 'https://github.com/Acme/Web/releases/tag/v1.4.0',
  draft: false,
  created_at: '2024-02-04T09:00:00Z',
  published_at: '2024-02-04T10:00:00Z',
  author: { login: 'alice' },
  reactions: { '+1': 2, '-1': 0 },
};

describe('releases', () => {
  it('writes the release with its publication time and author, linked to its tag', () => {
    const rows = convert(releasesConverter, record);
    expect(onlyRow(rows, 'cicd_Release').values).toEqual({
      ...release.key,
      name: 'Login release',
      url: 'https://github.com/Acme/Web/releases/tag/v1.4.0',
      description: 'Adds login',
      draft: false,
      createdAt: '2024-02-04T09:00:00.000Z',
      releasedAt: '2024-02-04T10:00:00.000Z',
      author: ref('vcs_User', { source: 'GitHub', uid: 'alice' }),
    });
    const repo = ref('vcs_Repository', {
      organization: ref('vcs_Organization', { source: 'GitHub', uid: 'acme' }),
      uid: 'web',
    });
    const tag = ref('vcs_Tag', { repository: repo, name: 'v1.4.0' });
    expect(onlyRow(rows, 'cicd_ReleaseTagAssociation').values).toEqual({ release, tag });
    expect(referenceRows(rows, 'vcs_Tag').map((r) => r.values)).toEqual([tag.key]);
  });

  it('names an unnamed draft by its tag and links no tag, which does not exist yet', () => {
    const rows = convert(releasesConverter, {
      ...record,
      name: null,
      draft: true,
      published_at: null,
      author: null,
    });
    expect(onlyRow(rows, 'cicd_Release').values).toMatchObject({ name: 'v1.4.0', draft: true, releasedAt: null });
    expect(rows.filter((r) => r.model === 'cicd_ReleaseTagAssociation' || r.model === 'vcs_Tag')).toEqual([]);
  });
});
