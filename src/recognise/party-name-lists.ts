/**
 * Lists of connected parties' names. Under "Verbonden partijen" a list of
 * short names is read as one party per item; when a block further on
 * describes one of them, the list was an overview of the parties described
 * below and becomes a plain list again, so that each party is one node, the
 * one with its fields:
 *
 *   Verbonden partijen
 *   - GGD Gelderland-Zuid
 *   - Veiligheidsregio
 *   GGD Gelderland-Zuid              ← describes the first item
 *   Vestigingsplaats: Nijmegen
 *   → a list of two names, then the party "GGD Gelderland-Zuid" with its fields,
 *     and "Veiligheidsregio" (described nowhere) a party beside the list
 *
 * The rewrite runs where a programme begins and at the end, before the
 * containers around it are closed: their extent counts the list's own.
 */
import type { ListBlock } from '../blocks/model.js';
import type { Node } from '../schema/report.js';

/** A list of party names, emitted as parties, and where they stand. */
interface NameList {
  /** The plain list node it becomes again. */
  list: Node;
  nodes: Node[];
  siblings: Node[];
  /** The items that a block further on describes. */
  described: Set<number>;
}

/** The lists of party names of the current programme by the names they hold. */
export class PartyNameLists {
  private readonly byName = new Map<string, { group: NameList; item: number }>();

  /** A list whose items were emitted as the party nodes `nodes`, into `siblings`. */
  listed(list: ListBlock, plain: Node, nodes: Node[], siblings: Node[]): void {
    const group: NameList = { list: plain, nodes, siblings, described: new Set() };
    list.items.forEach((it, k) => this.byName.set(partyKey(it.text), { group, item: k }));
  }

  /** A party described by a block of its own (its name line, its table). */
  described(name: string): void {
    const listed = this.byName.get(partyKey(name));
    if (listed) listed.group.described.add(listed.item);
  }

  /**
   * Makes every list of which a block further on describes one name a plain
   * list again; a name it holds that nothing describes stays a party beside
   * it. Then forgets the lists.
   */
  restore(): void {
    // Asked where every programme begins and at the end; most documents list no party names.
    if (this.byName.size === 0) return;
    const done = new Set<NameList>();
    for (const { group } of this.byName.values()) {
      if (group.described.size === 0 || done.has(group)) continue;
      done.add(group);
      const at = group.siblings.indexOf(group.nodes[0]!);
      if (at < 0) continue;
      const undescribed = group.nodes.filter((_, k) => !group.described.has(k));
      group.siblings.splice(at, group.nodes.length, group.list, ...undescribed);
    }
    this.byName.clear();
  }
}

/** A party's name compared between a list and the block that describes it: case, spaces and a final stop aside. */
function partyKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').replace(/[.:;,]$/, '').trim();
}
