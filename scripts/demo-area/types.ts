export type Category = 'capacity' | 'staff' | 'purchasing' | 'premises' | 'equipment' | 'competence' | 'logistics' | 'materials' | 'collaboration';

/** One authored offer or need; `co` is the company ref without its `co-` prefix. */
export interface DemoListing {
  co: string;
  kind: 'offer' | 'need';
  cat: Category;
  title: string;
  desc: string;
  q?: number;
  u?: string;
  from?: string;
  until?: string;
  vis?: 'public' | 'network' | 'facilitators';
  status?: 'open' | 'paused' | 'closed';
  lang?: string;
  themes?: string[];
}
