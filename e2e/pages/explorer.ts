// Page object for the explorer: drives the real UI, reads the graph through window.cy.
import { expect, type Locator, type Page } from '@playwright/test';

export class ExplorerPage {
  readonly search: Locator;
  readonly results: Locator;
  readonly inspector: Locator;
  readonly reader: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId('search-input');
    this.results = page.getByTestId('search-results');
    this.inspector = page.getByTestId('inspector');
    this.reader = page.getByTestId('reader');
  }

  async goto(url = '/') {
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady() {
    await this.page.waitForFunction(() => window.__explorer?.ready === true && !!window.cy, null, { timeout: 20_000 });
  }

  /** Starts from exactly these nodes (through the test hook, like a shared link would). */
  async loadNodes(ids: string[]) {
    await this.page.evaluate(async (nodes) => window.__explorer!.loadView({ version: 1, nodes }), ids);
    await expect.poll(() => this.nodeIds()).toEqual([...ids].sort());
  }

  nodeIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .cy!.nodes()
        .map((n) => n.id())
        .sort(),
    );
  }

  edgeIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      window
        .cy!.edges()
        .map((e) => e.id())
        .sort(),
    );
  }

  async typeSearch(text: string) {
    await this.search.fill(text);
    await expect(this.results).toBeVisible();
  }

  resultNames(): Promise<string[]> {
    return this.results.locator('[role=option] .name').allTextContents();
  }

  /** Page coordinates of a node's centre on the canvas. */
  async nodePoint(id: string): Promise<{ x: number; y: number }> {
    const p = await this.page.evaluate((nid) => {
      const cy = window.cy!;
      const n = cy.getElementById(nid);
      if (n.empty()) throw new Error(`node ${nid} is not on the canvas`);
      cy.center(n);
      const r = n.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + r.x, y: box.top + r.y };
    }, id);
    return p;
  }

  async expand(id: string) {
    const before = await this.nodeIds();
    const { x, y } = await this.nodePoint(id);
    await this.page.mouse.dblclick(x, y);
    await expect.poll(async () => (await this.nodeIds()).length).toBeGreaterThan(before.length);
  }

  async contextMenu(id: string): Promise<Locator> {
    const { x, y } = await this.nodePoint(id);
    await this.page.mouse.click(x, y, { button: 'right' });
    const menu = this.page.getByTestId('context-menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  async selectNode(id: string) {
    const { x, y } = await this.nodePoint(id);
    await this.page.mouse.click(x, y);
    await expect(this.inspector).toBeVisible();
  }

  async selectEdge(id: string) {
    await this.page.evaluate((eid) => {
      const cy = window.cy!;
      cy.elements().unselect();
      const e = cy.getElementById(eid);
      if (e.empty()) throw new Error(`edge ${eid} is not on the canvas`);
      e.select();
    }, id);
    await expect(this.page.getByTestId('edge-details')).toBeVisible();
  }

  async openFirstArticle() {
    await this.inspector.getByTestId('open-article').first().click();
    await expect(this.reader).toBeVisible();
  }

  async setRelTypeShown(type: string, shown: boolean) {
    const box = this.page.locator(`[data-facet=relTypes] input[data-value="${type}"]`);
    if (shown) await box.check();
    else await box.uncheck();
  }

  async clearFilters() {
    await this.page.getByTestId('clear-filters').click();
  }

  async undo() {
    await this.page.getByTestId('undo').click();
  }

  filters() {
    return this.page.evaluate(() => window.__explorer!.getState().filters);
  }
}
