import { describe, expect, it } from 'vitest';
import { ref } from '../../models/faros-row.js';
import { convert, onlyRow, referenceRows } from '../converter-test-kit.js';
import { organizationsConverter } from './organizations.js';
import { repositoriesConverter } from './repositories.js';

const org = ref('vcs_Organization', { source: 'GitHub', uid: 'acme-corp' });
const repository = {
  id: 7001,
  name: 'Web-App',
  full_name: 'Acme-Corp/Web-App',
  owner: { login: 'Acme-Corp', type: 'Organization' },
  private: false,
  html_url: 'https://github.com/Acme-Corp/Web-App',
  description: null,
  language: 'TypeScript',
  size: 2048,
  default_branch: 'main',
  created_at: '2020-01-15T08:30:00Z',
  updated_at: '2024-03-01T12:00:00Z',
};

describe('repositories', () => {
  it('writes the repository under its organisation: lower-cased key, GitHub spelling in the name', () => {
    const rows = convert(repositoriesConverter, repository);
    expect(referenceRows(rows, 'vcs_Organization').map((r) => r.values)).toEqual([org.key]);
    expect(onlyRow(rows, 'vcs_Repository').values).toEqual({
      organization: org,
      uid: 'web-app',
      name: 'Web-App',
      fullName: 'Acme-Corp/Web-App',
      private: false,
      description: null,
      language: 'TypeScript',
      size: 2048,
      mainBranch: 'main',
      url: 'https://github.com/Acme-Corp/Web-App',
      createdAt: '2020-01-15T08:30:00.000Z',
      updatedAt: '2024-03-01T12:00:00.000Z',
    });
  });

  it('gives its issues a board and a project named after it', () => {
    const rows = convert(repositoriesConverter, repository);
    const board = ref('tms_TaskBoard', { source: 'GitHub', uid: 'acme-corp/web-app' });
    const project = ref('tms_Project', { source: 'GitHub', uid: 'acme-corp/web-app' });
    expect(onlyRow(rows, 'tms_TaskBoard').values).toEqual({ ...board.key, name: 'Web-App' });
    expect(onlyRow(rows, 'tms_Project').values).toMatchObject({ ...project.key, name: 'Web-App' });
    expect(onlyRow(rows, 'tms_TaskBoardProjectRelationship').values).toEqual({ board, project });
  });

  it('builds the full name from owner and name when full_name is absent, and rejects neither', () => {
    const rows = convert(repositoriesConverter, { ...repository, full_name: undefined });
    expect(onlyRow(rows, 'vcs_Repository').values.fullName).toBe('Acme-Corp/Web-App');
    expect(() => convert(repositoriesConverter, { name: 'x' })).toThrow(/field owner\.login/);
  });
});

describe('organizations', () => {
  it('writes the vcs and cicd organisations with one key, source GitHub', () => {
    const rows = convert(organizationsConverter, {
      login: 'Acme-Corp',
      name: null,
      html_url: 'https://github.com/Acme-Corp',
      type: 'Organization',
      created_at: '2019-03-04T10:00:00Z',
    });
    expect(onlyRow(rows, 'vcs_Organization').values).toEqual({
      ...org.key,
      name: 'Acme-Corp',
      url: 'https://github.com/Acme-Corp',
      type: { category: 'Organization', detail: 'Organization' },
      createdAt: '2019-03-04T10:00:00.000Z',
    });
    expect(onlyRow(rows, 'cicd_Organization').values).toMatchObject(org.key);
  });
});
