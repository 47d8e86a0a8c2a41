import { describe, expect, it } from 'vitest';
import { parseReference } from '../../src/references/parse-reference.js';

/** The fields these tests look at, from one parsed reference. */
function fields(raw: string): Record<string, unknown> {
  const p = parseReference(raw);
  return {
    title: p?.title,
    container: p?.['container-title'],
    publisher: p?.publisher,
    place: p?.['publisher-place'],
    volume: p?.volume,
    page: p?.page,
    authors: p?.author?.map((a) => ('literal' in a ? a.literal : a.family)),
    editors: p?.editor?.map((a) => ('literal' in a ? a.literal : a.family)),
  };
}

describe('parseReference: containers and titles', () => {
  it('reads a title and subtitle with a colon when the place and publisher come later', () => {
    expect(fields('Moore, Ann. 1998. Rivers, Roads, Bridges: A History of Travel in the Hill Country. Austin, TX: Lone Star Printing House.')).toMatchObject({
      title: 'Rivers, Roads, Bridges: A History of Travel in the Hill Country',
      publisher: 'Lone Star Printing House',
      place: 'Austin, TX',
      container: undefined,
    });
  });

  it('reads the book of an MLA chapter whose name has a subtitle', () => {
    expect(fields('Field, Sarah. “The Quiet Room.” Houses of Memory: Essays on Domestic Space. Ed. Paul Grant. Leeds: Harbour House, 2004. 12-30.')).toMatchObject({
      title: 'The Quiet Room',
      container: 'Houses of Memory: Essays on Domestic Space',
      page: '12-30',
    });
  });

  it('does not read a bracket opened inside a subtitle as a place', () => {
    expect(fields('Holt, Anna, Stadtbilder: Texte, Bilder, Karten (Hamburg: Nordlicht, 1991).')).toMatchObject({
      title: 'Stadtbilder: Texte, Bilder, Karten',
      place: 'Hamburg',
      publisher: 'Nordlicht',
    });
  });

  it('keeps a title sentence apart from the journal name when no volume label separates them', () => {
    expect(fields('Ray, K. & Lund, P. (2003). River Valley Survey. The Field Archaeology Journal, 12(3), 40-52.')).toMatchObject({
      title: 'River Valley Survey',
      container: 'The Field Archaeology Journal',
      volume: '12',
      page: '40-52',
    });
  });

  it('still reads a journal abbreviation without a title', () => {
    expect(fields('[8] A. Berg, C. Dahl, Fortsch. Phys. 55, 644 (2007).')).toMatchObject({ title: undefined, container: 'Fortsch. Phys', volume: '55', page: '644' });
  });

  it('splits an abbreviated journal from a sentence-case title written without a period between them', () => {
    expect(fields('A.B. Cole, D. Hart, et al. Peer support for adults with chronic kidney disease Kidney Int., 41 (2012), pp. 210-219')).toMatchObject({
      title: 'Peer support for adults with chronic kidney disease',
      container: 'Kidney Int',
      volume: '41',
      page: '210-219',
    });
  });

  it('reads "in Name, ed. Book" as the editor and the book', () => {
    expect(fields('Lowe, Jane. “A Theory of Play.” in Mark Dunn, ed. Child Development: New Perspectives, Vol. 2. Boston: Harbor Books, 1999.')).toMatchObject({
      title: 'A Theory of Play',
      container: 'Child Development: New Perspectives',
      editors: ['Dunn'],
      volume: '2',
    });
  });

  it('reads "In Book, ed. Name. Place" as the book and its editor', () => {
    expect(fields('Hale, Peter. “Monks and Kings.” In Regnum Anglorum, ed. Simon Moss. London, 1981. Pp. 3–29.')).toMatchObject({
      title: 'Monks and Kings',
      container: 'Regnum Anglorum',
      editors: ['Moss'],
    });
  });

  it('reads the last name of a direct-order list when it has two letters', () => {
    expect(fields('Anna Berg, Tomas Lind, and Mei Wu. Fast graph search on many cores. In Proceedings of the Parallel Systems Conference, pages 10-20, 2015.')).toMatchObject({
      title: 'Fast graph search on many cores',
      authors: ['Berg', 'Lind', 'Wu'],
      container: 'Proceedings of the Parallel Systems Conference',
    });
  });

  it('reads "Jr." as a suffix inside a direct-order list', () => {
    expect(fields('Anna Berg, Paul Stone Jr., Lena Holm, and Mei Wu. Fast graph search on many cores. In Proceedings of the Parallel Systems Conference, pages 10-20, 2015.')).toMatchObject({
      title: 'Fast graph search on many cores',
      authors: ['Berg', 'Stone', 'Holm', 'Wu'],
    });
  });

  it('keeps a subtitle after "?" that starts with "Or"', () => {
    expect(fields('Moss, L. (2001). Machines of the Mind? Or the Early Modern Idea of Thought. Studies in History, 14, 100-120.')).toMatchObject({
      title: 'Machines of the Mind? Or the Early Modern Idea of Thought',
      container: 'Studies in History',
      volume: '14',
    });
  });

  it('keeps a sentence-case subtitle after "?" that comes before "In"', () => {
    expect(fields('Hart, D. (1995). Learning by example? Transfer of solution methods between similar problems in young children. In J. Cole (Ed.), Studies in Learning (pp. 20-40). London: Sage.')).toMatchObject({
      title: 'Learning by example? Transfer of solution methods between similar problems in young children',
      container: 'Studies in Learning',
      page: '20-40',
    });
  });

  it('reads a title of two sentences before a place and a year', () => {
    expect(fields('K. Roth. Lessing. Eine kurze Lebensgeschichte. Berlin und Leipzig, 1901.')).toMatchObject({
      title: 'Lessing. Eine kurze Lebensgeschichte',
    });
  });

  it('reads a date in brackets with month names in other languages', () => {
    const p = parseReference('Morel, A. (2011, Novembre-Décembre). Les villes et leurs rivières. Revue Urbaine, 12, 40-52.');
    expect(p?.issued).toEqual({ 'date-parts': [[2011, 11]] });
    expect(p?.title).toBe('Les villes et leurs rivières');
    expect(p?.['container-title']).toBe('Revue Urbaine');
  });

  it('reads the subtitle of an edited book up to the place and publisher', () => {
    expect(fields('Lane, P. (2002). Small schools. In R. Dale (Ed.), Rural education. Policy, practice, and research. London: Falmer House.')).toMatchObject({
      title: 'Small schools',
      container: 'Rural education. Policy, practice, and research',
      place: 'London',
      publisher: 'Falmer House',
    });
  });

  it('does not take an edition after a subtitle as a volume', () => {
    expect(fields('Roth, K. (2001): Schule. In: Lang, B. (Hrsg.): Handbuch der Pädagogik. Begriffe aus Theorie und Praxis. 3., erweiterte Auflage. Stuttgart: Lehmann, S. 29-34')).toMatchObject({
      title: 'Schule',
      volume: undefined,
      page: '29-34',
    });
  });
});
