import { describe, expect, it } from 'vitest';
import { splitReferences } from '../../src/references/split-references.js';
import { endsLikeEntry, journalVolume, placeStart, runsOn, startsLikeEntry, startsWithNameList, startsWithNames } from '../../src/references/split-shapes.js';

/** The first words of each entry, to compare splits briefly. */
function heads(block: string): string[] {
  return splitReferences(block).map((e) => e.text.slice(0, 12));
}

describe('split shapes', () => {
  it('reads more ways of starting an entry with names', () => {
    for (const line of [
      'Simon Haykin (1999). Neural Networks.',
      'Mitchell Feigenbaum (July 1978) "Quantitative universality',
      'World Health Organization (2009). World Suicide Prevention',
      'DELISLE Léopold, date inconnue : Recueil',
      'Junguo ZHANG. "A Critical Examination',
      'Kefi (N.), Le château de Mâlain',
      'SIERVO (M.), GREY (P.), NYAN (O.A.)',
      'Wimsatt Jr., William Kurtz.',
      'Richter (Eds.), Topics in Case-Based Reasoning.',
      'J. H. M. J. Daily and K. Reiser, "Detecting',
      'J. J Koenderink and A. J. van Doorn.',
      'R. von Hanxleden and K. Kennedy. Give-N-Take',
      'H Johansson, P Sjolander, M Djupsjobacka',
      'L Douglas Kiel, Euel W Elliott (ed.)',
      'Alliance for Excellent Education. (2007). The high cost',
      'Australia. Department of Health and Aged Care. (1999). Mental health',
      'Flajolet, Philippe; Sedgewick, Robert (1995)',
      'Narboux, Jean-Philippe, L’illusion, Paris',
      'Jaswinder Pal Singh, Wolf-Dietrich Weber, and Anoop Gupta.',
      '• Devaney, Johanna, Jason Hockman',
      "- V. GISCARD D'ESTAING, « Le giscardisme »",
      '*Johann, V., Sarver, E., Development of',
      'ASTM International (ASTM). 1994. Standard Guide',
      'Ministério da Cultura e Juventude (ARPAC) (1992)',
      'Dan Horner. “Port Cities in Crisis',
    ]) {
      expect([line, startsLikeEntry(line)]).toEqual([line, true]);
    }
    // A publisher with its place, and a journal title, do not.
    for (const line of ['Princeton University Press, Princeton, NJ.', 'Religious Landscape Study, 2020.', 'In Proc. IEEE ICASSP, pages 3-9.'.slice(3)]) {
      expect([line, startsLikeEntry(line)]).toEqual([line, false]);
    }
  });

  it('tells names from a journal and its volume, a publisher and its year', () => {
    expect(journalVolume('Machine Learning, 5, 239-266.')).toBe(true);
    expect(journalVolume('Artificial Intelligence, 19.')).toBe(true);
    expect(journalVolume('Brain Res Bull 30:1-6. CrossRef')).toBe(true);
    expect(journalVolume('Smith, J., 2007, ApJ, 12, 3')).toBe(false);
    expect(journalVolume('T. KAMETANI et K. OGASAWARA. Chem. Pharm. Bull. 16, 1498')).toBe(false);
    expect(journalVolume('FOU-TIAN et DOU-BIAN. J. Pharm. Soc. Jpn. 58,783 (1938).')).toBe(false);
    expect(journalVolume('Hill LB. A Quarter Century of Delayed Recall. J Genet Psychol 44, 1')).toBe(false);

    for (const s of ['Langer N., 1997, in Astronomical', 'Arnold Anteraper S, Guell X, D', 'De Tommaso, M., Mastropasqua, T.', 'Marinov, Amnon et al. (1971a).', 'Dan Klein and Chris Manning. 2003.', 'J. Smith, R. Jones, Title']) {
      expect([s, startsWithNames(s)]).toEqual([s, true]);
    }
    for (const s of ['Clarendon Press, 1903.', 'Energy Agency, 2006.', 'J. Climate, 13, 2293-2305.', 'PLOS ONE 8:e66212.', 'PLOS ONE, 7(2), e31118.', 'Machine Learning, 5, 239-266.']) {
      expect([s, startsWithNames(s)]).toEqual([s, false]);
    }
    expect(startsWithNames('Marinov, Amnon et al. (1971a).', 'initials')).toBe(false);
    expect(startsWithNames('Smith JA (2001) Title', 'initials')).toBe(true);
    expect(startsWithNameList('Jan Hajič, Jarmila Panevová, Eva Hajičová, Petr Sgall')).toBe(true);
    expect(startsWithNameList('Jan Hajič, Jarmila Panevová. Title')).toBe(false);
    expect(runsOn('In Proceedings of the 1990 ACM International Conference on')).toBe(true);
    expect(runsOn('PhD thesis, DIKU, University of')).toBe(true);
    expect(runsOn('Cambridge University Press.')).toBe(false);
    expect(placeStart('San Jose, CA. AAAI Press.')).toBe(true);
    expect(placeStart('Atlantic Highlands, NJ: Humanities Press')).toBe(true);
    expect(placeStart('Schöler, Jutta: Leistungsförderung')).toBe(false);
    expect(placeStart('Smith, J. A. (2001).')).toBe(false);
    expect(journalVolume('Machine Learning, Vol. 19, No. 1, pp.')).toBe(true);
    expect(journalVolume('Artificial Intelligence, 42(2-3),')).toBe(true);
    expect(journalVolume('J. Appl. Physiol.')).toBe(true);
    expect(endsLikeEntry('Sign in Classical Antiquity. Trans.')).toBe(false);
  });
});

describe('splitReferences on wrapped author-year lists without hanging indents', () => {
  it('does not start an entry at a journal and its volume, nor after a line that stops on "of" or "on"', () => {
    const block = [
      'Quinlan, J. R. (1990). Learning logical definitions from relations.',
      'Machine Learning, 5, 239-266.',
      'Felleisen, M. (1987). The theory and practice of first-class prompts. In',
      'Proceedings of the 1990 ACM International Conference on',
      'Supercomputing, Amsterdam, The Netherlands, June 1990.',
      'Dechter, R. (1992). From local to global consistency. PhD thesis,',
      'University of Copenhagen, May 1994.',
    ].join('\n');
    expect(heads(block)).toEqual(['Quinlan, J. ', 'Felleisen, M', 'Dechter, R. ']);
  });

  it('does not start an entry after an initial, nor at the container "In …"', () => {
    const block = [
      'Georgeff, M. P. (1987). Actions, processes, and causality.',
      'In Georgeff, M. P., & Lansky, A. L. (Eds.), Reasoning About',
      'Actions & Plans, pp. 99-122.',
      'Kim, Y. (2004). Word order. In B. Skarabela, S. Fish, & A. H.-J.',
      'Do (eds.), Proceedings of the 26th Boston University Conference.',
    ].join('\n');
    expect(heads(block)).toEqual(['Georgeff, M.', 'Kim, Y. (200']);
  });

  it('keeps the place and publisher on the last line with the entry before', () => {
    const block = [
      'Bergamaschi, S., & Sartori, C. (1992). On taxonomic reasoning in',
      'conceptual design. National Conference on Artificial Intelligence, pp. 538-544',
      'Boston, Massachusetts.',
      'Chapman, D. (1987). Planning for conjunctive goals. In Proceedings of',
      'the 1993 Connectionist Models Summer School, pp. 335-342.',
      'Morgan Kaufmann, San Francisco, CA.',
      'Beeri, C. (1990). A formal approach to object-oriented databases.',
      'Data and Knowledge Engineering, 5, 353-382.',
    ].join('\n');
    expect(heads(block)).toEqual(['Bergamaschi,', 'Chapman, D. ', 'Beeri, C. (1']);
  });

  it('starts entries at names written in many ways after a finished entry', () => {
    const block = [
      'Simon Haykin (1999). Neural Networks: A Comprehensive',
      'Foundation (2nd ed.). Prentice Hall.',
      'World Health Organization (2009). World Suicide Prevention Day Media',
      'Release. Geneva: WHO.',
      'Alliance for Excellent Education. (2007). The high cost of high school',
      'dropouts. Washington, DC.',
      'Flajolet, Philippe; Sedgewick, Robert (1995), "Mellin transforms and',
      'asymptotics", Theoretical Computer Science 144 (1-2): 3-58.',
      'J. H. M. J. Daily and K. Reiser (1992), "Detecting obstacles in range',
      'imagery", Image Understanding Workshop.',
      'R. von Hanxleden and K. Kennedy (1994). Give-N-Take: a balanced code',
      'placement framework. SIGPLAN Notices 29(6).',
      'H Johansson, P Sjolander, M Djupsjobacka (1999): Pathophysiological',
      'mechanisms. Am J Ind Med 35, 104-106.',
    ].join('\n');
    expect(heads(block)).toEqual(['Simon Haykin', 'World Health', 'Alliance for', 'Flajolet, Ph', 'J. H. M. J. ', 'R. von Hanxl', 'H Johansson,']);
  });

  it('starts an entry at a name after an entry without a year, and after a line that stops short', () => {
    const block = [
      'Sterling, W. Optical interconnection networks. Applied Optics, to',
      'appear.',
      'W. Sterling, F. Carino and C. Boss, "Multimedia Databases and Servers,"',
      'Byte Magazine, pages 233-246.',
      'Hermenegildo, M. V., An Abstract Machine for Restricted AND-parallel',
      'Execution of Logic Programs. Springer, 1986, Rennes : PUR',
      'David Archard, Sexual Consent (Boulder: Westview Press, 1998), p. 20.',
    ].join('\n');
    expect(heads(block)).toEqual(['Sterling, W.', 'W. Sterling,', 'Hermenegildo', 'David Archar']);
  });

  it('takes list numbers in a list where only some entries are numbered, and numbers out of order', () => {
    const block = [
      'Darnton, R. (1995). Communication networks. In The Forbidden Best-Sellers',
      'of PreRevolutionary France. New York: Norton.',
      '[15] Marco Gadola, David Vetturi, and Luca Manzo. A tool for lap time',
      'simulation. SAE Technical Papers, 153-157, 1996.',
      'Johnson S. & Prijatel P., 2013. The magazine from cover to cover, New',
      'York: Oxford University Press.',
      'Stanger CA, Anglin C, Harwin WS. Devices for assisting manipulation.',
      'IEEE Trans Rehabil Eng. 1994;2(4): 256-65.',
      '[17] Thomas D. Gillespie. Fundamentals of Vehicle Dynamics. Society of',
      'Automotive Engineers, Inc, 1992.',
      '12 Kim, H., Detavernier, C., and Rossnagel, S. M. "Atomic layer',
      'deposition", J. Appl. Phys. 98 (2005).',
      'Lickint, F. (1935), Der Bronchialkrebs der Raucher, München med',
      'Wochenschr, 82, 1232-1234.',
      'Wickham-Crowley, Timothy P. 1997. Structural Theories of Revolution.',
      'In John Foran (ed.) Theorizing Revolutions. New York: Routledge.',
      'Head, P., "Acts and the Problem of Its Text," in The Book of Acts, pp.',
      '415-44.',
    ].join('\n');
    expect(heads(block)).toEqual(['Darnton, R. ', '[15] Marco G', 'Johnson S. &', 'Stanger CA, ', '[17] Thomas ', '12 Kim, H., ', 'Lickint, F. ', 'Wickham-Crow', 'Head, P., "A']);

    const outOfOrder = [
      '[71] S. M. LaValle and J. J. Kuffner, "Randomized kinodynamic planning,"',
      'International Journal of Robotics Research, vol. 20, pp. 378-400, 2001.',
      '[1] B. W. Hobson, "Mosaic from an imaging AUV," 2014.',
      '[85] W. Minker and S. Bennacef, Speech and human-machine dialog, Vol.',
      '15, Prentice Hall, 2001.',
      '[77] J. Deller, J. Proakis, and J. Hansen, "Discrete-time processing',
      'of speech signals," IEEE, 2000.',
    ].join('\n');
    expect(heads(outOfOrder)).toEqual(['[71] S. M. L', '[1] B. W. Ho', '[85] W. Mink', '[77] J. Dell']);
  });

  it('starts an entry after one that ends with its year and an ISBN, not after a line of names and their year', () => {
    const block = [
      'Bhardwaj, R., Majumder, N., and Poria, S. Investigating gender bias in',
      'bert. ArXiv, abs/2009.05021, 2020.',
      'Manning, C. D., Surdeanu, M., and McClosky, D. The stanford corenlp',
      'toolkit. In ACL, pp. 55-60. The Association for Computer Linguistics,',
      '2014. ISBN 978-1-941643-00-6.',
      'Pew Research.',
      'Religious Landscape Study,',
      '2020.',
      'Vander Linden, K.; Cumming, S.; and Martin, J. 1992.',
      'Expressing local rhetorical relations in instructional text. Technical',
      'report, University of Colorado, 1992.',
      'Radford, A., Wu, J., and Sutskever, I. Language models are unsupervised',
      'multitask learners. 2019.',
      'Sheng, E., Chang, K.-W., and Peng, N. The woman worked as a babysitter.',
      'ArXiv, abs/1909.01326, 2019.',
    ].join('\n');
    expect(heads(block)).toEqual(['Bhardwaj, R.', 'Manning, C. ', 'Pew Research', 'Vander Linde', 'Radford, A.,', 'Sheng, E., C']);
  });

  it('reads narrow columns: a place and its state, a translator after "Trans.", a journal abbreviation', () => {
    const block = [
      'Selman, B., & Kautz, H. (1994).',
      'Noise strategies for improving local',
      'search. In Proc. National Conference on',
      'Artificial Intelligence, pp. 337-343.',
      'San Jose, CA. AAAI Press.',
      'Eco, Umberto. 1984. Semiotics and the',
      'Philosophy of Language. Trans.',
      'Christine Richardson. Bloomington:',
      'Indiana UP.',
      'Roughton, F. J. W. (1957). Relative',
      'Importance of Diffusion and Chemical',
      'Reaction Rates in the Lung Capillaries.',
      'J. Appl. Physiol. 11, 290-302.',
      'Wahba, G. (1990). Spline models for',
      'observational data. SIAM.',
    ].join('\n');
    expect(heads(block)).toEqual(['Selman, B., ', 'Eco, Umberto', 'Roughton, F.', 'Wahba, G. (1']);
  });

  it('starts an entry at a year with a colon after a finished entry (the author left out)', () => {
    const block = [
      'Preuss-Lausitz, Ulf (1993): Die Kinder des Jahrhunderts. Weinheim:',
      'Beltz.',
      '1996: Weil Kinder halt Kinder sind. In: Die Grundschulzeitschrift 10,',
      'S. 6-9.',
      '2000: Schulqualität im Haus des Lernens. Weinheim: Beltz.',
    ].join('\n');
    expect(heads(block)).toEqual(['Preuss-Lausi', '1996: Weil K', '2000: Schulq']);
  });

  it('cuts a one-line section at a list of three names or more without a year', () => {
    const block = [
      'Daniel Gildea and Daniel Jurafsky. 2002. Automatic labeling of semantic roles. Computational Linguistics, 28(3):245–288.',
      'Jan Hajič, Jarmila Panevová, Eva Hajičová, Petr Sgall, and Petr Pajas. Prague Dependency Treebank 2.0.',
      'Jan Hajič, Massimiliano Ciaramita, Richard Johansson, and Yi Zhang. 2009. The CoNLL-2009 shared task. In Proceedings of CoNLL-2009, Boulder, Colorado, USA.',
      'Richard Johansson and Pierre Nugues. 2008. Dependency-based syntactic–semantic analysis with PropBank and NomBank. In Proceedings of CoNLL-2008.',
      'Martha Palmer and Nianwen Xue. 2009. Adding semantic roles to the Chinese Treebank. Natural Language Engineering, 15(1):143–172.',
    ].join(' ');
    expect(heads(block)).toEqual(['Daniel Gildea', 'Jan Hajič, J', 'Jan Hajič, M', 'Richard Joha', 'Martha Palme'].map((h) => h.slice(0, 12)));
  });

  it('stays fast on shapes that the new rules read', () => {
    const shapes = ['• '.repeat(5_000), '- '.repeat(5_000), 'Smith ('.repeat(1_428), 'Jan Ha Hajič, '.repeat(714), 'Smith (Eds.) '.repeat(769), '12 Kim, H., '.repeat(909), 'of the '.repeat(1_428), 'Ab Cd. '.repeat(1_428)];
    for (const s of shapes) {
      for (const v of [s, s.replace(/ /g, '\n')]) {
        const t0 = performance.now();
        splitReferences(v);
        expect(performance.now() - t0).toBeLessThan(1_000);
      }
    }
    // 5,000 lines that never end an entry make one entry, joined in linear time.
    const lines = Array.from({ length: 5_000 }, (_, i) => `Author, A. (2001). Title ${i} of the`);
    const t0 = performance.now();
    const got = splitReferences(lines.join('\n'));
    expect(performance.now() - t0).toBeLessThan(2_000);
    expect(got.length).toBe(1);
    expect(got[0]!.text).toBe(lines.join(' '));
  });
});
