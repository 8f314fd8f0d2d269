// Lectern's own master as a PowerPoint template: an empty presentation holding the master and layouts of master.ts,
// the theme's colours and fonts, and the parts PowerPoint expects beside them. A deck without an organization's
// template is made on it, by the same code that fills a template.
import { slide as geometry } from '../../fit/layout.js';
import type { ThemeTokens } from '../../themes/theme.js';
import { contentLayoutXml, emuPerPx, Layout, masterXml, namespaces, notesMasterXml, ownSizes, titleLayoutXml } from './master.js';
import { contentType, contentTypesPart, corePropertiesXml, relationshipType, relsPart } from './package.js';
import { themeXml } from './theme-part.js';
import { xmlDeclaration } from './xml.js';
import { bytesOf, type Parts } from './zip.js';

export interface MasterOptions {
  readonly tokens: ThemeTokens;
  readonly rtl: boolean;
  /** Where the fonts' @fontsource packages are looked up, to tell a serif from a sans for machines without them. */
  readonly fontSearch: readonly string[];
}

/** Lectern's own master as a template: the parts of an empty presentation. */
export function ownTemplate(options: MasterOptions): Parts {
  const { tokens } = options;
  const sizes = ownSizes(tokens.type);
  const layout = new Layout(options.rtl);
  const master = 'ppt/slideMasters/slideMaster1.xml';
  const titleLayout = 'ppt/slideLayouts/slideLayout1.xml';
  const contentLayout = 'ppt/slideLayouts/slideLayout2.xml';
  const notesMaster = 'ppt/notesMasters/notesMaster1.xml';
  const parts: [string, string][] = [
    ['ppt/presentation.xml', presentationXml(options.rtl)],
    [master, masterXml(layout, sizes, tokens.type.lineHeight, options.rtl)],
    [titleLayout, titleLayoutXml(layout, sizes)],
    [contentLayout, contentLayoutXml(layout, sizes)],
    ['ppt/theme/theme1.xml', themeXml(tokens, options.fontSearch)],
    [notesMaster, notesMasterXml(options.rtl)],
    ['ppt/theme/theme2.xml', themeXml(tokens, options.fontSearch)],
    ['ppt/presProps.xml', `${xmlDeclaration}<p:presentationPr ${namespaces}/>`],
    ['ppt/viewProps.xml', `${xmlDeclaration}<p:viewPr ${namespaces}><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`],
    [
      'ppt/tableStyles.xml',
      `${xmlDeclaration}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`,
    ],
    ['docProps/core.xml', corePropertiesXml({ title: '', creator: '', subject: '', language: '', date: '1980-01-01' })],
  ];
  const rel = (id: number, type: keyof typeof relationshipType, target: string) => ({ id: `rId${id}`, type: relationshipType[type], target });
  const rels = [
    relsPart('', [rel(1, 'officeDocument', 'ppt/presentation.xml'), rel(2, 'coreProperties', 'docProps/core.xml')]),
    relsPart('ppt/presentation.xml', [
      rel(1, 'slideMaster', master),
      rel(2, 'notesMaster', notesMaster),
      rel(3, 'theme', 'ppt/theme/theme1.xml'),
      rel(4, 'presProps', 'ppt/presProps.xml'),
      rel(5, 'viewProps', 'ppt/viewProps.xml'),
      rel(6, 'tableStyles', 'ppt/tableStyles.xml'),
    ]),
    relsPart(master, [rel(1, 'slideLayout', titleLayout), rel(2, 'slideLayout', contentLayout), rel(3, 'theme', 'ppt/theme/theme1.xml')]),
    relsPart(titleLayout, [rel(1, 'slideMaster', master)]),
    relsPart(contentLayout, [rel(1, 'slideMaster', master)]),
    relsPart(notesMaster, [rel(1, 'theme', 'ppt/theme/theme2.xml')]),
  ];
  const result: Parts = new Map([...parts.map(([name, xml]) => [name, bytesOf(xml)] as const), ...rels]);
  const [typesName, types] = contentTypesPart(result, {
    defaults: new Map(),
    overrides: new Map([
      ['ppt/presentation.xml', contentType.presentation],
      [master, contentType.slideMaster],
      [titleLayout, contentType.slideLayout],
      [contentLayout, contentType.slideLayout],
      ['ppt/theme/theme1.xml', contentType.theme],
      ['ppt/theme/theme2.xml', contentType.theme],
      [notesMaster, contentType.notesMaster],
      ['ppt/presProps.xml', contentType.presProps],
      ['ppt/viewProps.xml', contentType.viewProps],
      ['ppt/tableStyles.xml', contentType.tableStyles],
      ['docProps/core.xml', contentType.coreProperties],
    ]),
  });
  result.set(typesName, types);
  return result;
}

function presentationXml(rtl: boolean): string {
  return (
    `${xmlDeclaration}<p:presentation ${namespaces} saveSubsetFonts="1"${rtl ? ' rtl="1"' : ''}>` +
    '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>' +
    '<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>' +
    `<p:sldSz cx="${geometry.width * emuPerPx}" cy="${geometry.height * emuPerPx}"/><p:notesSz cx="6858000" cy="9144000"/>` +
    '</p:presentation>'
  );
}
