import { beforeEach, describe, expect, it, vi } from 'vitest';

// Pagefind's own failures cannot be caused on purpose with the real binary, so
// here it is replaced by one that reports what the test asks for.
const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => undefined),
}));
vi.mock('pagefind', () => pagefind);

const { writeSearchIndex } = await import('./search-index.ts');

const HINT =
  'Pagefind comes from npm (the `pagefind` package and its platform binary); run `npm install` and build again.';
const failure = (message: string) => Object.assign(new Error(message), { hint: HINT });

const index = (
  added: { errors: string[]; page_count: number },
  written = { errors: [] as string[] },
) => ({
  addDirectory: vi.fn(async () => added),
  writeFiles: vi.fn(async () => written),
});

describe('the search index, when Pagefind fails', () => {
  beforeEach(() => {
    vi.clearAllMocks();
  });

  it('says Pagefind did not start, with its errors', async () => {
    pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary', 'EACCES'] });
    await expect(writeSearchIndex('/site')).rejects.toThrow(
      failure('search index: Pagefind did not start: no binary; EACCES'),
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('says Pagefind did not start, without a colon when it gives no errors', async () => {
    pagefind.createIndex.mockResolvedValue({ index: undefined, errors: [] });
    await expect(writeSearchIndex('/site')).rejects.toThrow(
      failure('search index: Pagefind did not start'),
    );
  });

  it('reports the errors of indexing, and writes nothing', async () => {
    const failing = index({ errors: ['bad page'], page_count: 3 });
    pagefind.createIndex.mockResolvedValue({ index: failing, errors: [] });
    await expect(writeSearchIndex('/site')).rejects.toThrow(
      failure('search index: indexing failed: bad page'),
    );
    expect(failing.addDirectory).toHaveBeenCalledWith({ path: '/site' });
    expect(failing.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('reports the errors of writing the index', async () => {
    const failing = index({ errors: [], page_count: 3 }, { errors: ['disk full'] });
    pagefind.createIndex.mockResolvedValue({ index: failing, errors: [] });
    await expect(writeSearchIndex('/site')).rejects.toThrow(
      failure('search index: writing the index failed: disk full'),
    );
    expect(failing.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  it('closes Pagefind after a good index too', async () => {
    pagefind.createIndex.mockResolvedValue({
      index: index({ errors: [], page_count: 2 }),
      errors: [],
    });
    expect(await writeSearchIndex('/site')).toBe(2);
    expect(pagefind.createIndex).toHaveBeenCalledWith({});
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});
