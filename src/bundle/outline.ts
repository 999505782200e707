/**
 * PDF bookmarks (the document outline, ISO 32000-1 §12.3.3) written with
 * pdf-lib's low-level objects, which have no outline API of their own; and a
 * reader for them, so tests and `supv verify`-like checks can list what a
 * bundle's outline holds.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFPage } from 'pdf-lib';

export interface OutlineNode {
  title: string;
  /** 0-based page index in the document. */
  page: number;
  children?: OutlineNode[];
}

/** Write the outline and ask viewers to open it beside the pages. */
export function setOutline(document: PDFDocument, nodes: OutlineNode[]): void {
  const context = document.context;
  const pages = document.getPages();
  const rootRef = context.nextRef();
  const write = (list: OutlineNode[], parent: PDFRef): { first?: PDFRef; last?: PDFRef; count: number } => {
    const refs = list.map(() => context.nextRef());
    let count = 0;
    list.forEach((node, i) => {
      const page: PDFPage | undefined = pages[node.page];
      if (!page) throw new Error(`outline entry "${node.title}" points at page ${node.page + 1}, beyond the document's ${pages.length}`);
      const dict = context.obj({}) as PDFDict;
      dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
      dict.set(PDFName.of('Parent'), parent);
      dict.set(PDFName.of('Dest'), context.obj([page.ref, PDFName.of('Fit')]));
      if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < list.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
      const children = node.children && node.children.length > 0 ? write(node.children, refs[i]!) : undefined;
      if (children?.first) {
        dict.set(PDFName.of('First'), children.first);
        dict.set(PDFName.of('Last'), children.last!);
        // Open: a positive count of the visible descendants.
        dict.set(PDFName.of('Count'), PDFNumber.of(children.count));
      }
      context.assign(refs[i]!, dict);
      count += 1 + (children?.count ?? 0);
    });
    return { first: refs[0], last: refs.at(-1), count };
  };
  const top = write(nodes, rootRef);
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of('Type'), PDFName.of('Outlines'));
  if (top.first) {
    root.set(PDFName.of('First'), top.first);
    root.set(PDFName.of('Last'), top.last!);
    root.set(PDFName.of('Count'), PDFNumber.of(top.count));
  }
  context.assign(rootRef, root);
  document.catalog.set(PDFName.of('Outlines'), rootRef);
  document.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Read a PDF's outline back: titles, 0-based target pages, children. */
export function readOutline(document: PDFDocument): OutlineNode[] {
  const context = document.context;
  const pageIndex = new Map(document.getPages().map((page, i) => [page.ref.toString(), i]));
  const lookupDict = (value: unknown): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const titleOf = (dict: PDFDict): string => {
    const title = dict.get(PDFName.of('Title'));
    return title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '';
  };
  const pageOf = (dict: PDFDict): number => {
    const dest = context.lookup(dict.get(PDFName.of('Dest')));
    // An explicit destination is an array whose first item is the page; a named one has no page here.
    const target = dest instanceof PDFArray ? dest.get(0) : undefined;
    return target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1;
  };
  const walk = (first: unknown, depth: number): OutlineNode[] => {
    const nodes: OutlineNode[] = [];
    let dict = lookupDict(first);
    // Guard against a loop in a damaged file.
    for (let guard = 0; dict && guard < 100_000; guard++) {
      const children = depth < 16 ? walk(dict.get(PDFName.of('First')), depth + 1) : [];
      nodes.push({ title: titleOf(dict), page: pageOf(dict), ...(children.length > 0 ? { children } : {}) });
      dict = lookupDict(dict.get(PDFName.of('Next')));
    }
    return nodes;
  };
  const root = lookupDict(document.catalog.get(PDFName.of('Outlines')));
  return root ? walk(root.get(PDFName.of('First')), 0) : [];
}
